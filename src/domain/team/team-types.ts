import type { AttemptMode } from '@/domain/records/attempt-schema';
import type { Grade, RedFlag, Topic } from '@/domain/scenario/scenario-schema';
import type { EvidenceStatus } from '@/domain/scoring/score-types';

// The team readiness model's inputs and outputs. Pure data: the model (team-readiness.ts) computes them, the
// Readiness area shows them, and the signed report files carry the inputs.

/** A person the manager's device knows of, from the newest report imported for them. */
export type TeamPerson = {
  profileId: string;
  name: string;
  /** A team or group label the learner set in their report, if any. */
  team?: string;
};

/** One main question's finding as a report carries it: ids plus labels in the report's language. */
export type TeamFinding = {
  questionId: string;
  /** The question's prompt, so that the drill-down reads without the scenario on this device. */
  question: string;
  /** null when the question was not answered. */
  grade: Grade | null;
  /**
   * The question's best score 0..100 in the attempt (0 when not answered). Optional: the per-control readiness
   * falls back to the share of evidence given when a report lacks it.
   */
  score?: number;
  controls: string[];
  given: { evidenceId: string; label: string }[];
  missing: { evidenceId: string; label: string; status: EvidenceStatus; essential: boolean }[];
  redFlags: { redFlagId: string; label: string; severity: RedFlag['severity'] }[];
  /** The learner's answer texts to this question, only when they chose to include them. */
  answers?: string[];
};

/** One completed attempt as the team model sees it. */
export type TeamAttempt = {
  attemptId: string;
  profileId: string;
  scenarioId: string;
  scenarioVersion: string;
  topic: Topic;
  mode: AttemptMode;
  /** When it ended (UTC ISO). */
  date: string;
  /** Coverage score 0..100. */
  score: number;
  /** The interview's overall result: its worst finding. */
  grade: Grade;
  /** Every main question was answered; an incomplete attempt never counts towards readiness. */
  complete: boolean;
  findings: TeamFinding[];
};

export const teamBands = ['ready', 'at-risk', 'not-ready', 'not-assessed'] as const;
export type TeamBand = (typeof teamBands)[number];

/**
 * Why a cell has its band; the UI turns it into a sentence ("major nonconformity on A.8.8 in the last mock
 * audit, 12 days ago"). `control` names the control a finding concerns; `mode` and `daysAgo` the attempt
 * the reason comes from; `daysToAudit` how far the audit date is (for "stale": not rehearsed recently enough).
 */
export type TeamReason = {
  code:
    | 'ready'
    | 'major-nc'
    | 'minor-nc'
    | 'score-below-ready'
    | 'score-below-at-risk'
    | 'stale'
    | 'incomplete-only'
    | 'no-attempts';
  control?: string;
  mode?: AttemptMode;
  daysAgo?: number;
  daysToAudit?: number;
};

/** One person x topic or person x control cell. */
export type TeamCell = {
  profileId: string;
  /** A topic id or an Annex A control id, by the view. */
  key: string;
  band: TeamBand;
  /** Readiness score 0..100 after recency weighting and decay to the audit date; null when not assessed. */
  score: number | null;
  reasons: TeamReason[];
  /** When the person last completed an attempt that counts here (UTC ISO), and how many days before `asOf`. */
  lastRehearsed: string | null;
  daysSinceRehearsed: number | null;
  /** Completed attempts that count for this cell. */
  attempts: number;
};

export type TeamView = 'topic' | 'control';

/** What "the team misses most": evidence items and controls most often missing or negated, with counts. */
export type TeamMiss = {
  kind: 'evidence' | 'control';
  /** `${scenarioId}/${questionId}/${evidenceId}` for evidence, the control id for controls. */
  key: string;
  label: string;
  missed: number;
  negated: number;
  /** People it was missed by. */
  people: number;
};

/** A topic or control for which fewer than two people are ready: nobody (0) or a single point of failure (1). */
export type CoverageRisk = { kind: TeamView; key: string; readyPeople: string[] };

/** Red flags raised across the team, most frequent first, with the dates they were raised (for their trend). */
export type TeamRedFlag = { key: string; label: string; severity: RedFlag['severity']; count: number; dates: string[] };

/** One point of a trend line: the mean readiness score of the team (or one person) on a date. */
export type TrendPoint = { date: string; score: number };

export type TeamFilters = {
  mode?: AttemptMode | 'all';
  /** Only attempts ended on or after this date (UTC ISO). */
  since?: string;
  team?: string;
};

export type TeamReadinessInput = {
  people: readonly TeamPerson[];
  attempts: readonly TeamAttempt[];
  /** The day readiness is judged for: the audit date when set, else today (UTC ISO). */
  asOf: string;
  /** Today (UTC ISO); the audit date may be in the future. */
  now: string;
  filters?: TeamFilters;
};

export type TeamReadiness = {
  people: TeamPerson[];
  topics: Topic[];
  controls: string[];
  /** Cells by view, then `${profileId}\n${key}`. Every person x topic has a cell; controls only where assessed somewhere. */
  cells: Record<TeamView, Map<string, TeamCell>>;
  misses: TeamMiss[];
  coverageRisks: CoverageRisk[];
  redFlags: TeamRedFlag[];
  trend: { team: TrendPoint[]; byPerson: Map<string, TrendPoint[]> };
  /** People and topics that need a rehearsal before the audit date: not ready, at risk or stale on that day. */
  needsRehearsal: { profileId: string; topic: Topic; band: TeamBand }[];
};
