import type { Answer, Attempt } from '@/domain/backup/record-schemas';
import type { EvidenceStatus } from '@/domain/scoring/score-types';
import type { MissedEvidence } from './progress-types';

const credited: ReadonlySet<EvidenceStatus> = new Set(['covered', 'partial']);

type Shown = { questionId: string; evidenceId: string; credited: boolean };

/**
 * Within one attempt, each (question, evidence item) and whether any answer to that question (main answer,
 * probes or retries) covered it, even partly: a probe that draws an item out means it was not missed.
 */
function shownInAttempt(answers: readonly Answer[]): Iterable<Shown> {
  const shown = new Map<string, Shown>();
  for (const answer of answers) {
    for (const item of answer.result.evidence) {
      const key = `${answer.questionId}\n${item.id}`;
      const isCredited = credited.has(item.status);
      const seen = shown.get(key);
      if (seen) seen.credited ||= isCredited;
      else shown.set(key, { questionId: answer.questionId, evidenceId: item.id, credited: isCredited });
    }
  }
  return shown.values();
}

const byMostMissed = (a: MissedEvidence, b: MissedEvidence) =>
  b.missed - a.missed ||
  b.missed / b.assessed - a.missed / a.assessed ||
  a.scenarioId.localeCompare(b.scenarioId) ||
  a.questionId.localeCompare(b.questionId) ||
  a.evidenceId.localeCompare(b.evidenceId);

/** The evidence items missed in the most attempts (then by share of attempts, then by id), at most `limit`. */
export function mostMissedEvidence(
  attempts: readonly Attempt[],
  answersOf: (attemptId: string) => readonly Answer[],
  limit: number,
): MissedEvidence[] {
  const counts = new Map<string, MissedEvidence>();
  for (const attempt of attempts) {
    for (const { questionId, evidenceId, credited: wasCredited } of shownInAttempt(answersOf(attempt.id))) {
      const key = `${attempt.scenarioId}\n${questionId}\n${evidenceId}`;
      let entry = counts.get(key);
      if (!entry) {
        entry = { scenarioId: attempt.scenarioId, questionId, evidenceId, missed: 0, assessed: 0 };
        counts.set(key, entry);
      }
      entry.assessed += 1;
      if (!wasCredited) entry.missed += 1;
    }
  }
  return [...counts.values()].filter((entry) => entry.missed > 0).sort(byMostMissed).slice(0, limit);
}
