import type { Answer } from '@/domain/records/answer-schema';
import type { Attempt } from '@/domain/records/attempt-schema';
import type { Grade } from '@/domain/scenario/scenario-schema';
import { gradeRank, worseGrade } from '@/domain/scoring/grade';
import type { ScoreResult } from '@/domain/scoring/score-types';

/** An attempt's score and grade, plus the worst finding in it (for readiness). */
export type AttemptOutcome = { score: number; grade: Grade; worstGrade: Grade };

const betterResult = (a: ScoreResult, b: ScoreResult) =>
  a.score !== b.score ? a.score > b.score : gradeRank(a.grade) < gradeRank(b.grade);

/** Per question, the best result among its answers (main answer, probes, retries): what the learner showed in the end. */
export function bestResultByQuestion(answers: readonly Answer[]): Map<string, ScoreResult> {
  const best = new Map<string, ScoreResult>();
  for (const { questionId, result } of answers) {
    const current = best.get(questionId);
    if (!current || betterResult(result, current)) best.set(questionId, result);
  }
  return best;
}

/**
 * The attempt's stored score and grade (the interview report's verdict); for an attempt stored without them,
 * the mean of its questions' best scores and the worst of their grades. The worst finding also counts any
 * question whose best answer is still a nonconformity. Undefined when there is nothing to score.
 */
export function attemptOutcome(attempt: Attempt, answers: readonly Answer[]): AttemptOutcome | undefined {
  const best = [...bestResultByQuestion(answers).values()];
  const worstOfQuestions = best.reduce<Grade | undefined>(
    (worst, r) => (worst ? worseGrade(worst, r.grade) : r.grade),
    undefined,
  );
  const meanScore = best.length > 0 ? Math.round(best.reduce((sum, r) => sum + r.score, 0) / best.length) : undefined;
  const score = attempt.score ?? meanScore;
  const grade = attempt.grade ?? worstOfQuestions;
  if (score === undefined || grade === undefined) return undefined;
  return { score, grade, worstGrade: worstOfQuestions ? worseGrade(grade, worstOfQuestions) : grade };
}
