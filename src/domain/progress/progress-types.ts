import type { AttemptMode } from '@/domain/records/attempt-schema';
import type { Grade, Topic } from '@/domain/scenario/scenario-schema';

/**
 * What the progress page needs to know of each scenario the learner can take. `questionIds`: its main questions,
 * so that readiness can tell whether an attempt answered them all (without them, the attempt's stored grade,
 * which counts unanswered questions, is all readiness sees).
 */
export type ScenarioMeta = { id: string; topic: Topic; questionIds?: readonly string[] };

/** One completed attempt on the trend line. */
export type ScorePoint = {
  attemptId: string;
  scenarioId: string;
  /** When the attempt ended (UTC ISO string). */
  date: string;
  score: number;
  grade: Grade;
  mode: AttemptMode;
};

/** An evidence item a learner left out: in how many completed attempts it was missed, of how many that asked for it. */
export type MissedEvidence = {
  scenarioId: string;
  questionId: string;
  evidenceId: string;
  missed: number;
  assessed: number;
};

export const readinessLevels = ['ready', 'at-risk', 'not-ready'] as const;
export type ReadinessLevel = (typeof readinessLevels)[number];
export const readinessReasons = [
  'never-completed',
  'score-below-at-risk',
  'score-below-ready',
  'major-nc',
  'minor-nc',
  'unanswered-questions',
] as const;
export type ReadinessReason = (typeof readinessReasons)[number];
/** `score`: the recency-weighted score readiness is judged on (see `weightedScore`); null when never completed. */
export type Readiness = { level: ReadinessLevel; reasons: ReadinessReason[]; score: number | null };

/** One mode's share of a topic's progress: practice and mock audits are shown apart. */
export type ModeProgress = {
  completedAttempts: number;
  latest?: ScorePoint;
  best?: ScorePoint;
  /** Recency-weighted score of this mode's attempts alone; null without any. */
  weightedScore: number | null;
};

export type TopicProgress = {
  topic: Topic;
  completedAttempts: number;
  latest?: ScorePoint;
  best?: ScorePoint;
  /** Completed attempts, oldest first. */
  trend: ScorePoint[];
  /** Most often missed first. */
  mostMissed: MissedEvidence[];
  /** Judged on every completed attempt, mock audits weighing more than practice. */
  readiness: Readiness;
  practice: ModeProgress;
  mock: ModeProgress;
};
