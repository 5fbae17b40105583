// Grades a main question's accumulated evidence (main answer plus probes) with the scorer's own rules,
// so a single answer and an accumulated one are graded alike.
import { grades, type EvidenceItem, type Grade, type Grading, type RedFlag } from '@/domain/scenario/scenario-schema';
import { capGrade, gradeFor, scoreFromStatuses, statusCredit } from '@/domain/scoring/grade';
import type { EvidenceStatus } from '@/domain/scoring/score-types';

export { gradeFor, worseGrade } from '@/domain/scoring/grade';

/** True when a status earns credit (covered or partial). */
export function isCredited(status: EvidenceStatus): boolean {
  return statusCredit[status] > 0;
}

/** 0 for conformity up to 4 for major-nc. */
export function gradeRank(grade: Grade): number {
  return grades.indexOf(grade);
}

/** The grade `steps` better than the given one, stopping at conformity. */
export function betterBy(grade: Grade, steps: number): Grade {
  return grades[Math.max(0, gradeRank(grade) - steps)] ?? 'conformity';
}

/** Score and capped grade for evidence statuses and red flags hit, per the agreed scoring model. */
export function gradeEvidence(
  evidence: readonly EvidenceItem[],
  statusOf: (id: string) => EvidenceStatus,
  hitRedFlags: readonly Pick<RedFlag, 'severity'>[],
  grading: Grading,
): { score: number; grade: Grade } {
  const { score } = scoreFromStatuses(evidence.map((item) => ({ weight: item.weight, status: statusOf(item.id) })));
  const essential = evidence.filter((item) => item.essential);
  const grade = capGrade(gradeFor(score, grading), {
    essentialMissing: essential.some((item) => !isCredited(statusOf(item.id))),
    essentialNegated: essential.some((item) => statusOf(item.id) === 'negated'),
    minorRedFlag: hitRedFlags.some((flag) => flag.severity === 'minor'),
    majorRedFlag: hitRedFlags.some((flag) => flag.severity === 'major'),
  });
  return { score, grade };
}
