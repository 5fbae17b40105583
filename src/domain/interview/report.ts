import type { Locale } from '@/domain/scenario/locale';
import type { Grade, Scenario } from '@/domain/scenario/scenario-schema';
import { worseGrade } from '@/domain/scoring/grade';
import type { Turn } from './interview-types';
import { compareWithPrevious, summarizeReport } from './report-change';
import { buildFinding } from './report-finding';
import type { Finding, InterviewReport, ReportSummary } from './report-types';
import { latestAnswersByQuestion } from './transcript';

export type { InterviewReport } from './report-types';

/** Coverage: the weighted mean of every main question's score; a question not answered counts 0. */
export function overallScore(findings: readonly Finding[]): number {
  const weight = findings.reduce((sum, f) => sum + f.weight, 0);
  if (weight === 0) return 0;
  return Math.round(findings.reduce((sum, f) => sum + f.weight * (f.score ?? 0), 0) / weight);
}

/**
 * The interview's result is its worst finding, as an auditor's report is: a single major nonconformity makes the
 * interview a major nonconformity however well the rest went. The coverage score stands beside it, never in it.
 */
export function overallGrade(findings: readonly Finding[]): Grade | null {
  const grades = findings.flatMap((f) => (f.grade ? [f.grade] : []));
  return grades.length === 0 ? null : grades.reduce(worseGrade);
}

/**
 * The end-of-interview report: one finding per main question, the worst finding as the result, the coverage score,
 * the questions left unanswered and the change since `previous`. With no answer at all it is abandoned: no result.
 */
export function buildInterviewReport(
  scenario: Scenario,
  source: { transcript: readonly Turn[] },
  locale: Locale,
  previous?: ReportSummary,
): InterviewReport {
  const answers = latestAnswersByQuestion(source.transcript);
  const findings = scenario.questions.map((q) => buildFinding(scenario, q, answers.get(q.id) ?? [], locale));
  const outcome = findings.some((f) => f.status === 'answered') ? 'completed' : 'abandoned';
  const report: InterviewReport = {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    locale,
    score: overallScore(findings),
    grade: outcome === 'completed' ? overallGrade(findings) : null,
    answeredQuestions: findings.filter((f) => f.status !== 'not-answered').length,
    unansweredQuestions: findings.filter((f) => f.status !== 'answered').map((f) => f.questionId),
    outcome,
    totalQuestions: findings.length,
    findings,
    change: null,
  };
  return previous ? { ...report, change: compareWithPrevious(summarizeReport(report), previous) } : report;
}
