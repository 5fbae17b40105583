// Seeds a learner's history through the storage repositories, as the interview would write it.
import { chooseActiveProfile } from '@/storage/shared-queries';
import { vi } from 'vitest';
import type { Grade, Topic } from '@/domain/scenario/scenario-schema';
import type { EvidenceStatus } from '@/domain/scoring/score-types';
import { saveAnswer } from '@/storage/answer-repository';
import { finishAttempt, startAttempt } from '@/storage/attempt-repository';
import { appDatabase } from '@/storage/database';
import { createProfile } from '@/storage/profile-repository';
import { loadScenarioLibrary } from '@/storage/scenario-library';
import { buildDataset } from '../../domain/records/support/records';
import { seedDatabase } from '../../storage/support/database';
import { evidenceFromStatuses, scoreResult } from '../../support/score-result-builder';

export type SeededAnswer = { questionId: string; evidence: Record<string, EvidenceStatus> };
/** A completed attempt, or with `unfinished` one the learner started and left open. */
export type SeededAttempt = {
  topic: Topic;
  score: number;
  grade: Grade;
  answers?: SeededAnswer[];
  unfinished?: boolean;
  mode?: 'practice' | 'mock';
};

export async function seedProfile(name: string, options: { active?: boolean } = {}) {
  const profile = await createProfile(appDatabase(), { name, role: 'employee' });
  if (options.active) await chooseActiveProfile(profile.id);
  return profile;
}

let minute = 0;

/**
 * Completes the attempts one after another, each a minute later than the last (the clock is fixed while seeding,
 * so the trend order never depends on how fast the machine writes). The built-in scenarios' ids are their topics.
 */
export async function seedAttempts(profileId: string, attempts: readonly SeededAttempt[]): Promise<void> {
  const db = appDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    // By default every main question of the built-in scenario is answered: a topic is ready only on an attempt
    // that answered all of them (and one without any answer is abandoned, not completed).
    const library = await loadScenarioLibrary();
    const everyQuestion = (topic: Topic): SeededAnswer[] =>
      (library.scenarios.find((s) => s.id === topic)?.questions ?? [{ id: 'first-question' }]).map((q) => ({
        questionId: q.id,
        evidence: {},
      }));
    for (const { topic, score, grade, answers = everyQuestion(topic), unfinished, mode = 'practice' } of attempts) {
      minute += 1;
      vi.setSystemTime(Date.UTC(2026, 1, 2, 9, 0) + minute * 60_000);
      const attempt = await startAttempt(db, {
        profileId,
        scenarioId: topic,
        scenarioVersion: '1.0.0',
        topic,
        mode,
        persona: 'friendly',
        locale: 'en',
      });
      for (const answer of answers) {
        const result = scoreResult({
          score,
          grade,
          coverage: score / 100,
          evidence: evidenceFromStatuses(answer.evidence),
        });
        await saveAnswer(
          db,
          attempt.id,
          { questionId: answer.questionId, attemptNumber: 1, text: 'An answer.', result },
          null,
        );
      }
      if (!unfinished) await finishAttempt(db, attempt.id, { status: 'completed', score, grade });
    }
  } finally {
    vi.useRealTimers();
  }
}

/**
 * A learner with many completed attempts spread over the eight topics, written in bulk (through the repositories
 * this would take minutes in fake-indexeddb) with their progress digests, as an old device would hold them.
 */
export async function seedBulkHistory(attempts: number, answersPerAttempt: number) {
  const data = buildDataset({ profiles: 1, attemptsPerProfile: attempts, answersPerAttempt, seed: 7 });
  const history = {
    ...data,
    attempts: data.attempts.map((attempt) => ({ ...attempt, scenarioId: attempt.topic })),
    customScenarios: [],
    settings: [],
  };
  await seedDatabase(appDatabase(), history);
  const profile = data.profiles[0]!;
  await chooseActiveProfile(profile.id);
  return profile;
}
