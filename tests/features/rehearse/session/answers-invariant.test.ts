// The invariant of the session loop, on random interviews: whenever a save is reported done, the answers table
// holds exactly the answers of the stored snapshot's transcript; nothing reported saved is lost by a reload; and
// every answer given is stored in the end, whatever failed in between.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { answersOf, createInterviewMachine, type InterviewEvent, type Turn } from '@/domain/interview';
import type { Attempt } from '@/domain/records/attempt-schema';
import { initialSnapshot, resumableSnapshot } from '@/features/rehearse/session/interview-actor';
import { createInterviewWriter } from '@/features/rehearse/session/interview-writer';
import { createSessionBridge } from '@/features/rehearse/session/session-bridge';
import { jsonCopy } from '@/lib/json-copy';
import { startAttempt } from '@/storage/attempt-repository';
import { appDatabase } from '@/storage/database';
import { createProfile } from '@/storage/profile-repository';
import { fakeScore } from '../../../domain/interview/support/fake-scorer';
import { backupScenario } from '../../../domain/interview/support/interview-harness';
import { resetDatabase } from '../../../support/reset-database';

vi.setConfig({ testTimeout: 180_000 });
const scenario = backupScenario();

const interviewEvents: InterviewEvent[] = [
  { type: 'answer.dont-know' },
  { type: 'answer.submit', text: 'We take security seriously.' },
  { type: 'answer.submit', text: 'No backups, restores never tested.' },
  { type: 'answer.submit', text: 'Our backup policy: nightly, offsite, encrypted; restore test with test report.' },
  { type: 'question.skip' },
  { type: 'question.repeat' },
  { type: 'timer.expire', text: 'nightly' },
  { type: 'answer.retry' },
  { type: 'feedback.continue' },
];

type Step = { kind: 'event'; event: InterviewEvent } | { kind: 'reload' } | { kind: 'fail'; saves: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...interviewEvents).map((event) => ({ kind: 'event' as const, event })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'reload' as const }) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 4 }).map((saves) => ({ kind: 'fail' as const, saves })) },
);

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const keysOf = (answers: readonly { questionId: string; text: string }[]) =>
  answers.map((a) => `${a.questionId}:${a.text}`).sort();

/** Failing saves as on a full disk: the next `failing` snapshot writes reject, aborting their transaction. */
function injectFailures() {
  const state = { failing: 0 };
  const db = appDatabase();
  const put = db.attempts.put.bind(db.attempts);
  vi.spyOn(db.attempts, 'put').mockImplementation(((...args: Parameters<typeof put>) => {
    if (state.failing > 0) {
      state.failing -= 1;
      return Promise.reject(quota());
    }
    return put(...args);
  }) as typeof put);
  return state;
}

async function stored(attemptId: string) {
  const db = appDatabase();
  const attempt = (await db.attempts.get(attemptId))!;
  const transcript = (attempt.machineSnapshot as { context: { transcript: Turn[] } }).context.transcript;
  return {
    attempt,
    transcriptAnswers: answersOf(transcript),
    rows: await db.answers.where('attemptId').equals(attemptId).toArray(),
  };
}

/** One page: an actor resumed from what is stored, and its writer, wired as the session hook wires them. */
async function openPage(attempt: Attempt) {
  const current = (await appDatabase().attempts.get(attempt.id))!;
  const bridge = createSessionBridge();
  const machine = createInterviewMachine(scenario, { score: fakeScore }).provide({ actions: bridge.actions });
  const snapshot = resumableSnapshot(scenario, current.machineSnapshot);
  const actor = createActor(machine, { input: { locale: 'en', mode: 'practice' }, snapshot }).start();
  const write = createInterviewWriter(attempt.id, bridge, actor.getSnapshot());
  if (current.status === 'in-progress') write(actor.getSnapshot(), jsonCopy(actor.getPersistedSnapshot()), true);
  actor.subscribe((next) => write(next, jsonCopy(actor.getPersistedSnapshot())));
  const settled = () => vi.waitFor(() => expect(bridge.getState().pendingWrites).toBe(0), { timeout: 60_000 });
  const close = () => {
    write.stop();
    actor.stop();
  };
  return { actor, bridge, settled, close };
}

beforeEach(async () => {
  await resetDatabase();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('answers table = transcript, on random interviews with reloads and failing saves', () => {
  it('holds after every reported save, loses nothing reported saved, and stores everything in the end', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 40 }), async (steps) => {
        await resetDatabase();
        vi.restoreAllMocks();
        const failures = injectFailures();
        const db = appDatabase();
        const profile = await createProfile(db, { name: 'Jo', role: 'employee' });
        const attempt = await startAttempt(db, {
          profileId: profile.id,
          scenarioId: scenario.id,
          scenarioVersion: scenario.version,
          topic: scenario.topic,
          mode: 'practice',
          persona: scenario.persona,
          locale: 'en',
          machineSnapshot: initialSnapshot(scenario, { locale: 'en', mode: 'practice' }),
        });
        let page = await openPage(attempt);
        page.actor.send({ type: 'interview.start' });
        let reportedSaved: string[] = [];
        for (const next of steps) {
          if (next.kind === 'fail') failures.failing = next.saves;
          if (next.kind === 'event') page.actor.send(next.event);
          if (next.kind === 'reload') {
            page.close();
            page = await openPage(attempt);
          }
          // Let the writer's save (or its retries, on the fake clock) run until it is settled.
          await vi.advanceTimersByTimeAsync(35_000);
          await page.settled();
          const now = await stored(attempt.id);
          // Every committed save keeps the table equal to the stored transcript.
          expect(keysOf(now.rows)).toEqual(keysOf(now.transcriptAnswers));
          // What was reported saved before is still there.
          expect(keysOf(now.rows)).toEqual(expect.arrayContaining(reportedSaved));
          if (!page.bridge.getState().problem) {
            const given = answersOf(page.actor.getSnapshot().context.transcript);
            expect(keysOf(now.transcriptAnswers)).toEqual(keysOf(given));
            reportedSaved = keysOf(now.rows);
          }
        }
        failures.failing = 0;
        await vi.advanceTimersByTimeAsync(35_000);
        await page.settled();
        const end = await stored(attempt.id);
        expect(keysOf(end.rows)).toEqual(keysOf(answersOf(page.actor.getSnapshot().context.transcript)));
        page.close();
      }),
      { numRuns: 60, seed: 20261203 },
    );
  });
});
