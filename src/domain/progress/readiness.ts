import type { AttemptOutcome } from './attempt-outcome';
import type { Readiness, ReadinessReason } from './progress-types';

/** Score thresholds of readiness (0..100), judged on the latest completed attempt of a topic. */
export const readinessThresholds = { ready: 75, atRisk: 50 } as const;

const blocking: readonly ReadinessReason[] = ['never-completed', 'score-below-at-risk', 'major-nc'];

/**
 * ready: latest score >= 75 and no nonconformity in that attempt. at-risk: latest score 50-74, or a minor NC.
 * not-ready: never completed, latest score below 50, or a major NC. Every reason that applies is listed.
 */
export function readinessOf(latest: AttemptOutcome | undefined): Readiness {
  if (!latest) return { level: 'not-ready', reasons: ['never-completed'] };
  const reasons: ReadinessReason[] = [];
  if (latest.score < readinessThresholds.atRisk) reasons.push('score-below-at-risk');
  else if (latest.score < readinessThresholds.ready) reasons.push('score-below-ready');
  if (latest.worstGrade === 'major-nc') reasons.push('major-nc');
  else if (latest.worstGrade === 'minor-nc') reasons.push('minor-nc');
  const level = reasons.some((reason) => blocking.includes(reason))
    ? 'not-ready'
    : reasons.length > 0
      ? 'at-risk'
      : 'ready';
  return { level, reasons };
}
