import type { AttemptMode } from '@/domain/records/attempt-schema';
import type { Grade } from '@/domain/scenario/scenario-schema';
import type { Readiness, ReadinessReason } from './progress-types';

/** Score thresholds of readiness (0..100), judged on the recency-weighted score of a topic's completed attempts. */
export const readinessThresholds = { ready: 75, atRisk: 50 } as const;

/** A mock audit counts twice a practice run; each older attempt counts half the one after it. */
export const readinessWeights = { mock: 2, practice: 1, decay: 0.5 } as const satisfies Record<AttemptMode, number> & {
  decay: number;
};

/** What readiness needs of one completed attempt. `complete`: every main question answered (undefined: not known). */
export type ReadinessAttempt = { mode: AttemptMode; score: number; worstGrade: Grade; complete?: boolean };

const blocking: readonly ReadinessReason[] = ['never-completed', 'score-below-at-risk', 'major-nc'];

/**
 * The recency-weighted mean score, attempts oldest first: the newest has weight w(mode), the one before it
 * w(mode) x 0.5, then x 0.25 ..., with w(mock) = 2 and w(practice) = 1. Null without attempts.
 */
export function weightedScore(attempts: readonly Pick<ReadinessAttempt, 'mode' | 'score'>[]): number | null {
  let total = 0;
  let weight = 0;
  attempts.forEach((attempt, index) => {
    const w = readinessWeights[attempt.mode] * readinessWeights.decay ** (attempts.length - 1 - index);
    total += w * attempt.score;
    weight += w;
  });
  return weight === 0 ? null : Math.round(total / weight);
}

/**
 * Readiness of a topic from its completed attempts, oldest first. The score is `weightedScore`; the latest attempt
 * decides the rest. ready: score >= 75, no nonconformity in the latest attempt and every main question answered
 * in it. at-risk: score 50-74, a minor NC, or questions left unanswered. not-ready: never completed, score below
 * 50, or a major NC. Every reason that applies is listed.
 */
export function readinessOf(attempts: readonly ReadinessAttempt[]): Readiness {
  const latest = attempts.at(-1);
  const score = weightedScore(attempts);
  if (!latest || score === null) return { level: 'not-ready', reasons: ['never-completed'], score: null };
  const reasons: ReadinessReason[] = [];
  if (score < readinessThresholds.atRisk) reasons.push('score-below-at-risk');
  else if (score < readinessThresholds.ready) reasons.push('score-below-ready');
  if (latest.worstGrade === 'major-nc') reasons.push('major-nc');
  else if (latest.worstGrade === 'minor-nc') reasons.push('minor-nc');
  if (latest.complete === false) reasons.push('unanswered-questions');
  const level = reasons.some((reason) => blocking.includes(reason))
    ? 'not-ready'
    : reasons.length > 0
      ? 'at-risk'
      : 'ready';
  return { level, reasons, score };
}
