import type { Grade } from '@/domain/scenario/scenario-schema';
import { gradeRank } from '@/domain/scoring/grade';
import type { GradeChange, InterviewReport, QuestionChange, ReportChange, ReportSummary } from './report-types';

/** The part of a report worth storing to compare the next attempt with. */
export function summarizeReport(
  report: Pick<InterviewReport, 'scenarioId' | 'score' | 'grade' | 'findings'>,
): ReportSummary {
  return {
    scenarioId: report.scenarioId,
    score: report.score,
    grade: report.grade,
    questions: report.findings.flatMap((f) =>
      f.grade !== null && f.score !== null ? [{ questionId: f.questionId, score: f.score, grade: f.grade }] : [],
    ),
  };
}

/** better when the grade moved towards conformity. */
export function compareGrades(previous: Grade, current: Grade): GradeChange {
  const diff = gradeRank(previous) - gradeRank(current);
  if (diff > 0) return 'better';
  return diff < 0 ? 'worse' : 'same';
}

/** Score and grade movement since a previous attempt at the same scenario, per question where both have one. */
export function compareWithPrevious(current: ReportSummary, previous: ReportSummary): ReportChange | null {
  if (current.scenarioId !== previous.scenarioId) return null;
  const questions = current.questions.flatMap((now): QuestionChange[] => {
    const before = previous.questions.find((q) => q.questionId === now.questionId);
    if (!before) return [];
    return [
      {
        questionId: now.questionId,
        scoreDelta: now.score - before.score,
        previousGrade: before.grade,
        grade: now.grade,
        gradeChange: compareGrades(before.grade, now.grade),
      },
    ];
  });
  return {
    scoreDelta: current.score - previous.score,
    previousGrade: previous.grade,
    gradeChange: current.grade && previous.grade ? compareGrades(previous.grade, current.grade) : null,
    questions,
  };
}
