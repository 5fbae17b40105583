// Grade rules of the interview: the scorer's own (re-exported, so a single answer and an accumulated one are
// graded alike) plus the report's step up.
import { grades, type Grade } from '@/domain/scenario/scenario-schema';
import { gradeRank } from '@/domain/scoring/grade';

export { gradeEvidence, gradeFor, gradeRank, isCredited, worseGrade } from '@/domain/scoring/grade';

/** The grade `steps` better than the given one, stopping at conformity. */
export function betterBy(grade: Grade, steps: number): Grade {
  return grades[Math.max(0, gradeRank(grade) - steps)] ?? 'conformity';
}
