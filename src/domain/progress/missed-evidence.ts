import type { AttemptDigest } from './attempt-digest';
import type { MissedEvidence } from './progress-types';

const byMostMissed = (a: MissedEvidence, b: MissedEvidence) =>
  b.missed - a.missed ||
  b.missed / b.assessed - a.missed / a.assessed ||
  a.scenarioId.localeCompare(b.scenarioId) ||
  a.questionId.localeCompare(b.questionId) ||
  a.evidenceId.localeCompare(b.evidenceId);

/**
 * The evidence items missed in the most attempts (then by share of attempts, then by id), at most `limit`. An item
 * counts as missed in an attempt when no answer to its question covered it, even partly.
 */
export function mostMissedEvidence(digests: readonly AttemptDigest[], limit: number): MissedEvidence[] {
  const counts = new Map<string, MissedEvidence>();
  for (const digest of digests) {
    for (const { questionId, evidenceId, credited } of digest.evidence) {
      const key = `${digest.scenarioId}\n${questionId}\n${evidenceId}`;
      let entry = counts.get(key);
      if (!entry) {
        entry = { scenarioId: digest.scenarioId, questionId, evidenceId, missed: 0, assessed: 0 };
        counts.set(key, entry);
      }
      entry.assessed += 1;
      if (!credited) entry.missed += 1;
    }
  }
  return [...counts.values()]
    .filter((entry) => entry.missed > 0)
    .sort(byMostMissed)
    .slice(0, limit);
}
