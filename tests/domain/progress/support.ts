import type { Answer } from '@/domain/records/answer-schema';
import type { Attempt } from '@/domain/records/attempt-schema';
import type { Grade, Topic } from '@/domain/scenario/scenario-schema';
import type { EvidenceStatus } from '@/domain/scoring/score-types';
import { evidenceFromStatuses } from '../../support/score-result-builder';
import { buildAnswer, buildAttempt, buildProfile, minutesFrom, seededRandom } from '../records/support/records';

const random = seededRandom(11);
export const profile = buildProfile(1);
let counter = 0;

/** A completed attempt on a topic, ended at the given minute. */
export function attempt(topic: Topic, endMinute: number, overrides: Partial<Attempt> = {}): Attempt {
  counter += 1;
  return buildAttempt(counter, profile, random, {
    topic,
    scenarioId: `${topic}-basics`,
    startedAt: minutesFrom(endMinute - 10),
    endedAt: minutesFrom(endMinute),
    ...overrides,
  });
}

/** An answer to a question with the given evidence statuses and score. */
export function answer(
  of: Attempt,
  questionId: string,
  evidence: Record<string, EvidenceStatus>,
  score = 60,
  grade: Grade = 'observation',
): Answer {
  counter += 1;
  const base = buildAnswer(counter, of, 0, random, { questionId });
  return { ...base, result: { ...base.result, score, grade, evidence: evidenceFromStatuses(evidence) } };
}
