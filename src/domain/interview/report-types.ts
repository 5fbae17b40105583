import type { Locale } from '@/domain/scenario/locale';
import type { Grade, RedFlag } from '@/domain/scenario/scenario-schema';
import type { EvidenceStatus } from '@/domain/scoring/score-types';

/** Evidence the learner gave, quoted from their own answer. */
export type EvidenceQuote = { evidenceId: string; label: string; status: EvidenceStatus; quote: string | null };

/** Evidence an auditor would still ask for: not mentioned, denied or only planned. */
export type MissingEvidence = { evidenceId: string; label: string; status: EvidenceStatus; essential: boolean };

export type RedFlagFinding = { redFlagId: string; label: string; severity: RedFlag['severity']; quote: string | null };

export type ReportRecommendation = { for: string; text: string };

/** answered: at least one real answer; skipped: only skips; not-answered: not reached, or left before any answer (finished early, branched past). */
export type FindingStatus = 'answered' | 'skipped' | 'not-answered';

/** One main question's finding; grades are codes the UI translates. */
export type Finding = {
  questionId: string;
  status: FindingStatus;
  /** null when the question was not asked. */
  grade: Grade | null;
  score: number | null;
  /** Total evidence weight: how much the question counts in the overall score. */
  weight: number;
  controls: string[];
  given: EvidenceQuote[];
  missing: MissingEvidence[];
  redFlags: RedFlagFinding[];
  recommendations: ReportRecommendation[];
  modelAnswer: string;
  attempts: number;
  probesAnswered: number;
};

export type GradeChange = 'better' | 'same' | 'worse';

export type QuestionChange = {
  questionId: string;
  scoreDelta: number;
  previousGrade: Grade;
  grade: Grade;
  gradeChange: GradeChange;
};

export type ReportChange = {
  scoreDelta: number;
  previousGrade: Grade | null;
  gradeChange: GradeChange | null;
  questions: QuestionChange[];
};

/** What is kept of a report to compare the next attempt with. */
export type ReportSummary = {
  scenarioId: string;
  score: number;
  grade: Grade | null;
  questions: { questionId: string; score: number; grade: Grade }[];
};

export type InterviewReport = {
  scenarioId: string;
  scenarioVersion: string;
  locale: Locale;
  /** Weighted mean of the asked questions' scores, 0..100. */
  score: number;
  /** null when no question was asked. */
  grade: Grade | null;
  /** Main questions with at least one answer (skips included). */
  answeredQuestions: number;
  totalQuestions: number;
  findings: Finding[];
  change: ReportChange | null;
};
