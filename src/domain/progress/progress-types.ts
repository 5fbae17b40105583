import type { AttemptMode } from '@/domain/records/attempt-schema';
import type { Grade, Topic } from '@/domain/scenario/scenario-schema';

/** What the progress page needs to know of each scenario the learner can take. */
export type ScenarioMeta = { id: string; topic: Topic };

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
] as const;
export type ReadinessReason = (typeof readinessReasons)[number];
export type Readiness = { level: ReadinessLevel; reasons: ReadinessReason[] };

export type TopicProgress = {
  topic: Topic;
  completedAttempts: number;
  latest?: ScorePoint;
  best?: ScorePoint;
  /** Completed attempts, oldest first. */
  trend: ScorePoint[];
  /** Most often missed first. */
  mostMissed: MissedEvidence[];
  readiness: Readiness;
};
