import type { Locale } from '@/domain/scenario/locale';
import type { Grade, RedFlag } from '@/domain/scenario/scenario-schema';
import type { GradeCap } from '@/domain/scoring/grade';
import type { EvidenceStatus } from '@/domain/scoring/score-types';

/** Evidence the learner gave, quoted from their own answer. */
export type EvidenceQuote = { evidenceId: string; label: string; status: EvidenceStatus; quote: string | null };

/** Evidence an auditor would still ask for: not mentioned, denied or only planned. */
export type MissingEvidence = { evidenceId: string; label: string; status: EvidenceStatus; essential: boolean };

export type RedFlagFinding = { redFlagId: string; label: string; severity: RedFlag['severity']; quote: string | null };

export type ReportRecommendation = { for: string; text: string };

/** answered: at least one real answer; skipped: only skips; not-answered: not reached, or left before any answer (finished early, branched past). */
export type FindingStatus = 'answered' | 'skipped' | 'not-answered';

/** A question left without an answer holds its finding down like a cap; `id` is the question id. */
export type UnansweredCap = { code: 'not-answered' | 'skipped'; id: string; limit: Grade };

/** Why a finding is graded no better than it is: the grading rule's caps, strongest first. */
export type FindingCap = GradeCap | UnansweredCap;

/** One main question's finding; grades are codes the UI translates. */
export type Finding = {
  questionId: string;
  status: FindingStatus;
  /**
   * Every main question is graded: one not answered or only skipped gets what an empty answer gets (never better
   * than minor-nc), so that leaving a question out never reads better than answering it badly. null only in an
   * abandoned report (no answer at all).
   */
  grade: Grade | null;
  score: number | null;
  /** The caps that hold the grade down, each naming its evidence item, red flag or question. */
  caps: FindingCap[];
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
  /** Coverage: weighted mean of every main question's score, 0..100 (a question not answered counts 0). */
  score: number;
  /** The worst finding; null when the interview ended with no answer at all (an abandoned attempt). */
  grade: Grade | null;
  /** Main questions with at least one answer (skips included). */
  answeredQuestions: number;
  /** Main questions with no real answer (not reached, or only skipped), in scenario order. */
  unansweredQuestions: string[];
  /** completed when at least one main question got a real answer; abandoned otherwise (not a completed attempt). */
  outcome: 'completed' | 'abandoned';
  totalQuestions: number;
  findings: Finding[];
  change: ReportChange | null;
};
