import { createActor } from 'xstate';
import { answersOf, createInterviewMachine } from '@/domain/interview';
import type { Attempt } from '@/domain/records/attempt-schema';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { initialSnapshot, scorerFor } from '@/features/rehearse/session/interview-actor';
import { toNewAnswer } from '@/features/rehearse/session/interview-writer';
import { jsonCopy } from '@/lib/json-copy';
import { startAttempt } from '@/storage/attempt-repository';
import { appDatabase } from '@/storage/database';
import { createProfile } from '@/storage/profile-repository';
import { loadScenarioLibrary } from '@/storage/scenario-library';
import { chooseActiveProfile } from '@/storage/shared-queries';

export async function changeManagement(): Promise<Scenario> {
  const library = await loadScenarioLibrary();
  return library.scenarios.find((s) => s.id === 'change-management')!;
}

export type Persisted = { value: unknown; context: Record<string, unknown> };

/**
 * An interview in progress stored as the app stores it: the snapshot after the given answers, with their rows.
 * `change` alters the stored snapshot (another version wrote it); `rows: false` stores no answer rows.
 */
export async function seedInterview(
  texts: readonly string[],
  { change = (p: Persisted) => p, rows = true }: { change?: (p: Persisted) => Persisted; rows?: boolean } = {},
): Promise<{ attempt: Attempt; scenario: Scenario }> {
  const db = appDatabase();
  const scenario = await changeManagement();
  const profile = await createProfile(db, { name: 'Jo', role: 'employee' });
  await chooseActiveProfile(profile.id);
  const input = { locale: 'en' as const, mode: 'practice' as const };
  const attempt = await startAttempt(db, {
    profileId: profile.id,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    topic: scenario.topic,
    mode: 'practice',
    persona: scenario.persona,
    locale: 'en',
    machineSnapshot: initialSnapshot(scenario, input),
  });
  const actor = createActor(createInterviewMachine(scenario, { score: scorerFor(scenario) }), { input }).start();
  actor.send({ type: 'interview.start' });
  for (const text of texts) actor.send({ type: 'answer.submit', text });
  const persisted = jsonCopy(actor.getPersistedSnapshot()) as unknown as Persisted;
  const answers = answersOf(actor.getSnapshot().context.transcript).map(toNewAnswer);
  actor.stop();
  const stored = { ...attempt, machineSnapshot: change(persisted) };
  await db.transaction('rw', [db.attempts, db.answers], async () => {
    await db.attempts.put(stored);
    if (rows)
      await db.answers.bulkAdd(
        answers.map((row, i) => ({
          ...row,
          id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          givenAt: row.givenAt ?? new Date().toISOString(),
          attemptId: attempt.id,
          profileId: profile.id,
        })),
      );
  });
  return { attempt: stored, scenario };
}
