import type { Locale } from '@/domain/scenario/locale';
import type { Grade, Scenario } from '@/domain/scenario/scenario-schema';
import { betterBy, gradeFor, worseGrade } from '@/domain/scoring/grade';
import type { Turn } from './interview-types';
import { compareWithPrevious, summarizeReport } from './report-change';
import { buildFinding } from './report-finding';
import type { Finding, InterviewReport, ReportSummary } from './report-types';
import { latestAnswersByQuestion } from './transcript';

export type { InterviewReport } from './report-types';

/** Weighted mean of the asked questions' scores; questions never reached do not count. */
export function overallScore(findings: readonly Finding[]): number {
  const asked = findings.filter((f) => f.score !== null);
  const weight = asked.reduce((sum, f) => sum + f.weight, 0);
  if (weight === 0) return 0;
  return Math.round(asked.reduce((sum, f) => sum + f.weight * (f.score ?? 0), 0) / weight);
}

/**
 * The overall grade: the grade of the overall score, but never more than one step better than the worst
 * finding. A single major nonconformity therefore holds the interview at minor-nc or worse, however well
 * the other questions went, while one weak answer among strong ones still lets the overall read better.
 */
export function overallGrade(score: number, findings: readonly Finding[], scenario: Scenario): Grade | null {
  const grades = findings.flatMap((f) => (f.grade ? [f.grade] : []));
  if (grades.length === 0) return null;
  const worst = grades.reduce(worseGrade);
  return worseGrade(gradeFor(score, scenario.grading), betterBy(worst, 1));
}

/** The end-of-interview report: one finding per main question, an overall score and grade, and the change since `previous`. */
export function buildInterviewReport(
  scenario: Scenario,
  source: { transcript: readonly Turn[] },
  locale: Locale,
  previous?: ReportSummary,
): InterviewReport {
  const answers = latestAnswersByQuestion(source.transcript);
  const findings = scenario.questions.map((q) => buildFinding(scenario, q, answers.get(q.id) ?? [], locale));
  const score = overallScore(findings);
  const report: InterviewReport = {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    locale,
    score,
    grade: overallGrade(score, findings, scenario),
    answeredQuestions: findings.filter((f) => f.status !== 'not-answered').length,
    totalQuestions: findings.length,
    findings,
    change: null,
  };
  return previous ? { ...report, change: compareWithPrevious(summarizeReport(report), previous) } : report;
}
