import { gradeRank } from '@/domain/scoring/grade';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import type { Finding, InterviewReport } from './report-types';

/**
 * What a fix repairs, most valuable first: a major red flag and a missing essential item each cap the grade hard,
 * a question left unanswered is held at minor-nc, a minor red flag caps at observation, other missing evidence
 * only costs coverage.
 */
export const fixKinds = ['major-red-flag', 'essential-missing', 'unanswered', 'minor-red-flag', 'missing'] as const;
export type FixKind = (typeof fixKinds)[number];

/** One thing to fix: the question, the item it concerns (null for a whole question), its controls and advice. */
export type ReportFix = {
  kind: FixKind;
  questionId: string;
  itemId: string | null;
  label: string | null;
  controls: string[];
  /** The scenario's recommendation for this gap; null when it has none (the UI then says what to cover). */
  recommendation: string | null;
  /** Evidence weight at stake (how much coverage the fix can win back). */
  weight: number;
};

function fixesOf(finding: Finding, weights: ReadonlyMap<string, number>): ReportFix[] {
  const advice = (id: string) => finding.recommendations.find((r) => r.for === id)?.text ?? null;
  const base = { questionId: finding.questionId, controls: finding.controls };
  if (finding.status !== 'answered')
    return [{ ...base, kind: 'unanswered', itemId: null, label: null, recommendation: null, weight: finding.weight }];
  const flags = finding.redFlags.map((f): ReportFix => {
    const kind = f.severity === 'major' ? 'major-red-flag' : 'minor-red-flag';
    return { ...base, kind, itemId: f.redFlagId, label: f.label, recommendation: advice(f.redFlagId), weight: 0 };
  });
  const missing = finding.missing.map((m): ReportFix => ({
    ...base,
    kind: m.essential ? 'essential-missing' : 'missing',
    itemId: m.evidenceId,
    label: m.label,
    recommendation: advice(m.evidenceId),
    weight: weights.get(`${finding.questionId}/${m.evidenceId}`) ?? 1,
  }));
  return [...flags, ...missing];
}

/**
 * The most valuable fixes of a report, at most `count`: ordered by what they repair (`fixKinds`), then by the
 * grade of their finding (worst first), then by the evidence weight at stake, then in question order. One fix per
 * question is taken first so the list spreads over the interview; further fixes of a question fill what remains.
 * `weights` maps `questionId/evidenceId` to the item's weight.
 */
export function topFixes(report: InterviewReport, weights: ReadonlyMap<string, number>, count = 3): ReportFix[] {
  const grades = new Map(report.findings.map((f) => [f.questionId, f.grade ? gradeRank(f.grade) : 0]));
  const order = new Map(report.findings.map((f, i) => [f.questionId, i]));
  const all = report.findings
    .flatMap((f) => fixesOf(f, weights))
    .sort(
      (a, b) =>
        fixKinds.indexOf(a.kind) - fixKinds.indexOf(b.kind) ||
        (grades.get(b.questionId) ?? 0) - (grades.get(a.questionId) ?? 0) ||
        b.weight - a.weight ||
        (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0),
    );
  const seen = new Set<string>();
  const spread = all.filter((fix) => !seen.has(fix.questionId) && seen.add(fix.questionId));
  const rest = all.filter((fix) => !spread.includes(fix));
  return [...spread, ...rest].slice(0, count).sort((a, b) => all.indexOf(a) - all.indexOf(b));
}

/** Every evidence item's weight, keyed `questionId/evidenceId`, for `topFixes`. */
export function evidenceWeights(scenario: Scenario): Map<string, number> {
  return new Map(scenario.questions.flatMap((q) => q.evidence.map((e) => [`${q.id}/${e.id}`, e.weight] as const)));
}
