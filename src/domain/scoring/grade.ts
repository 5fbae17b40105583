import { grades, type EvidenceItem, type Grade, type Grading, type RedFlag } from '@/domain/scenario/scenario-schema';
import { evidenceStatuses, type EvidenceStatus } from './score-types';

/** Credit per status: stated practice counts fully, hedged or bare mentions half, the rest nothing. */
export const statusCredit = {
  covered: 1,
  partial: 0.5,
  negated: 0,
  planned: 0,
  missing: 0,
} as const satisfies Record<EvidenceStatus, number>;

/** Weighted credit over total weight (0..1), and the 0..100 score where half the weight earns full marks. */
export function scoreFromStatuses(items: readonly { weight: number; status: EvidenceStatus }[]): {
  score: number;
  coverage: number;
} {
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

/** True when a status earns credit (covered or partial): what counts as shown evidence everywhere. */
export function earnsCredit(status: EvidenceStatus): boolean {
  return statusCredit[status] > 0;
}

/**
 * True when `a` is stronger evidence than `b`, in the order of `evidenceStatuses` (strongest first). Credit decides
 * first; among uncredited statuses the more telling one wins, because negated and planned items drive caps and
 * recommendations while "missing" says nothing.
 */
export function isStrongerStatus(a: EvidenceStatus, b: EvidenceStatus): boolean {
  return evidenceStatuses.indexOf(a) < evidenceStatuses.indexOf(b);
}

/** 0 for conformity up to 4 for major-nc. */
export function gradeRank(grade: Grade): number {
  return grades.indexOf(grade);
}

/** The worse of two grades. */
export function worseGrade(a: Grade, b: Grade): Grade {
  return gradeRank(a) >= gradeRank(b) ? a : b;
}

/** The grade `steps` better than the given one, stopping at conformity. */
export function betterBy(grade: Grade, steps: number): Grade {
  return grades[Math.max(0, gradeRank(grade) - steps)] ?? 'conformity';
}

/** What limits the grade regardless of the score. */
export type GradeCaps = {
  essentialMissing: boolean;
  essentialNegated: boolean;
  minorRedFlag: boolean;
  majorRedFlag: boolean;
};

/** Why a grade is held down, each with the grade it allows at best; ordered from the weakest cap to the strongest. */
export const gradeCapCodes = ['essential-missing', 'essential-negated', 'minor-red-flag', 'major-red-flag'] as const;
export type GradeCapCode = (typeof gradeCapCodes)[number];

/** The best grade each cap allows: the grading rule of the scenario guide. */
export const gradeCapLimits = {
  'essential-missing': 'observation',
  'essential-negated': 'minor-nc',
  'minor-red-flag': 'minor-nc',
  'major-red-flag': 'major-nc',
} as const satisfies Record<GradeCapCode, Grade>;

/** One cap that applies, naming the evidence item or red flag behind it so a report can say why. */
export type GradeCap = { code: GradeCapCode; id: string; limit: Grade };

/** Applies the caps: a grade can only get worse. */
export function capGrade(grade: Grade, caps: GradeCaps): Grade {
  let capped = grade;
  if (caps.essentialMissing) capped = worseGrade(capped, gradeCapLimits['essential-missing']);
  if (caps.essentialNegated) capped = worseGrade(capped, gradeCapLimits['essential-negated']);
  if (caps.minorRedFlag) capped = worseGrade(capped, gradeCapLimits['minor-red-flag']);
  if (caps.majorRedFlag) capped = worseGrade(capped, gradeCapLimits['major-red-flag']);
  return capped;
}

/** A grade held to the worst limit among the caps given. */
export function applyCaps(grade: Grade, caps: readonly Pick<GradeCap, 'limit'>[]): Grade {
  return caps.reduce<Grade>((capped, cap) => worseGrade(capped, cap.limit), grade);
}

/**
 * Every cap that applies, strongest first: a major red flag, then minor red flags and negated essential items, then
 * essential items not stated (negated ones are listed once, as negated).
 */
export function gradeCapsFor(
  evidence: readonly EvidenceItem[],
  statusOf: (id: string) => EvidenceStatus,
  hitRedFlags: readonly Pick<RedFlag, 'id' | 'severity'>[],
): GradeCap[] {
  const cap = (code: GradeCapCode, id: string): GradeCap => ({ code, id, limit: gradeCapLimits[code] });
  const essential = evidence.filter((item) => item.essential);
  const negated = essential.filter((item) => statusOf(item.id) === 'negated');
  const missing = essential.filter((item) => !earnsCredit(statusOf(item.id)) && statusOf(item.id) !== 'negated');
  return [
    ...hitRedFlags.filter((f) => f.severity === 'major').map((f) => cap('major-red-flag', f.id)),
    ...hitRedFlags.filter((f) => f.severity === 'minor').map((f) => cap('minor-red-flag', f.id)),
    ...negated.map((item) => cap('essential-negated', item.id)),
    ...missing.map((item) => cap('essential-missing', item.id)),
  ];
}

/**
 * Score, coverage, capped grade and the essential items not credited, for evidence statuses and the red flags hit:
 * the one place the scoring model turns statuses into a grade (single answers, accumulated answers, sample checks).
 */
export function gradeEvidence(
  evidence: readonly EvidenceItem[],
  statusOf: (id: string) => EvidenceStatus,
  hitRedFlags: readonly Pick<RedFlag, 'id' | 'severity'>[],
  grading: Grading,
): { score: number; coverage: number; grade: Grade; missingEssential: string[] } {
  const { score, coverage } = scoreFromStatuses(
    evidence.map((item) => ({ weight: item.weight, status: statusOf(item.id) })),
  );
  const missingEssential = evidence
    .filter((item) => item.essential && !earnsCredit(statusOf(item.id)))
    .map((item) => item.id);
  const grade = applyCaps(gradeFor(score, grading), gradeCapsFor(evidence, statusOf, hitRedFlags));
  return { score, coverage, grade, missingEssential };
}
