import { grades, type Grade, type Grading } from '@/domain/scenario/scenario-schema';
import type { EvidenceStatus } from './score-types';

/** Credit per status: stated practice counts fully, hedged or bare mentions half, the rest nothing. */
export const statusCredit = {
  covered: 1,
  partial: 0.5,
  negated: 0,
  planned: 0,
  missing: 0,
} as const satisfies Record<EvidenceStatus, number>;

/** Weighted credit over total weight (0..1), and the 0..100 score where half the weight earns full marks. */
export function scoreFromStatuses(items: readonly { weight: number; status: EvidenceStatus }[]): { score: number; coverage: number } {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  if (total <= 0) return { score: 0, coverage: 0 };
  const credit = items.reduce((sum, item) => sum + item.weight * statusCredit[item.status], 0);
  return { score: Math.round(100 * Math.min(1, credit / (0.5 * total))), coverage: credit / total };
}

/** Grade for a score under the scenario's thresholds, before caps. */
export function gradeFor(score: number, grading: Grading): Grade {
  if (score >= grading.conformity) return 'conformity';
  if (score >= grading.ofi) return 'ofi';
  if (score >= grading.observation) return 'observation';
  if (score >= grading.minorNc) return 'minor-nc';
  return 'major-nc';
}

/** The worse of two grades. */
export function worseGrade(a: Grade, b: Grade): Grade {
  return grades.indexOf(a) >= grades.indexOf(b) ? a : b;
}

/** What limits the grade regardless of the score. */
export type GradeCaps = {
  essentialMissing: boolean;
  essentialNegated: boolean;
  minorRedFlag: boolean;
  majorRedFlag: boolean;
};

/** Applies the caps: a grade can only get worse. */
export function capGrade(grade: Grade, caps: GradeCaps): Grade {
  let capped = grade;
  if (caps.essentialMissing || caps.minorRedFlag) capped = worseGrade(capped, 'observation');
  if (caps.essentialNegated) capped = worseGrade(capped, 'minor-nc');
  if (caps.majorRedFlag) capped = worseGrade(capped, 'major-nc');
  return capped;
}
