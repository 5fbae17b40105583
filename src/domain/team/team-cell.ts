import type { AttemptMode } from '@/domain/records/attempt-schema';
import { readinessThresholds, weightedScore } from '@/domain/progress/readiness';
import type { Grade } from '@/domain/scenario/scenario-schema';
import { daysBetween, decayFactor, isStale } from './team-decay';
import type { TeamBand, TeamCell, TeamReason } from './team-types';

/** One attempt as a cell sees it: for a topic the whole attempt, for a control its findings on that control. */
export type CellEntry = {
  date: string;
  mode: AttemptMode;
  complete: boolean;
  score: number;
  /** The worst grade the entry holds (null: nothing graded). */
  grade: Grade | null;
  /** The control the worst finding concerns, for the reason's text. */
  control?: string;
};

const notReadyCodes: readonly TeamReason['code'][] = ['major-nc', 'score-below-at-risk'];
const atRiskCodes: readonly TeamReason['code'][] = ['minor-nc', 'score-below-ready', 'stale'];

function findingReason(entry: CellEntry | undefined, asOf: string): TeamReason | undefined {
  if (!entry || (entry.grade !== 'major-nc' && entry.grade !== 'minor-nc')) return undefined;
  return {
    code: entry.grade,
    ...(entry.control ? { control: entry.control } : {}),
    mode: entry.mode,
    daysAgo: daysBetween(entry.date, asOf),
  };
}

/**
 * The nonconformity that decides a cell: the latest counting attempt's, and the latest mock audit's, which stands
 * until a later mock audit clears it (a practice run does not overrule the last mock audit). A major one wins.
 */
function nonconformity(counting: readonly CellEntry[], asOf: string): TeamReason | undefined {
  const latest = counting.at(-1);
  const latestMock = counting.findLast((entry) => entry.mode === 'mock');
  const reasons = [findingReason(latest, asOf), latestMock === latest ? undefined : findingReason(latestMock, asOf)];
  return reasons.find((reason) => reason?.code === 'major-nc') ?? reasons.find((reason) => reason !== undefined);
}

/**
 * A person's cell from their entries for one topic or control, oldest first. Only complete entries count;
 * without any: not assessed (`incomplete-only` or `no-attempts`). The score is the recency-weighted mean
 * (src/domain/progress/readiness.ts: mock 2, practice 1, each older one half) times the decay to `asOf`
 * (team-decay.ts). not-ready: a major NC (latest attempt or latest mock audit) or a score below 50; at-risk: a
 * minor NC, a score below 75, or stale; ready otherwise. Every reason that applies is listed.
 */
export function cellOf(
  profileId: string,
  key: string,
  entries: readonly CellEntry[],
  asOf: string,
  daysToAudit: number,
): TeamCell {
  const counting = entries.filter((entry) => entry.complete);
  const latest = counting.at(-1);
  const base = weightedScore(counting);
  if (!latest || base === null) {
    const reason: TeamReason =
      entries.length > 0
        ? { code: 'incomplete-only', daysAgo: daysBetween(entries.at(-1)!.date, asOf) }
        : { code: 'no-attempts' };
    return {
      profileId,
      key,
      band: 'not-assessed',
      score: null,
      reasons: [reason],
      lastRehearsed: null,
      daysSinceRehearsed: null,
      attempts: 0,
    };
  }
  const days = daysBetween(latest.date, asOf);
  const score = Math.round(base * decayFactor(days));
  const reasons: TeamReason[] = [];
  const finding = nonconformity(counting, asOf);
  if (finding) reasons.push(finding);
  if (score < readinessThresholds.atRisk) reasons.push({ code: 'score-below-at-risk' });
  else if (score < readinessThresholds.ready) reasons.push({ code: 'score-below-ready' });
  if (isStale(days)) reasons.push({ code: 'stale', daysAgo: days, daysToAudit });
  const band: TeamBand = reasons.some((reason) => notReadyCodes.includes(reason.code))
    ? 'not-ready'
    : reasons.some((reason) => atRiskCodes.includes(reason.code))
      ? 'at-risk'
      : 'ready';
  if (band === 'ready') reasons.push({ code: 'ready', mode: latest.mode, daysAgo: days });
  return {
    profileId,
    key,
    band,
    score,
    reasons,
    lastRehearsed: latest.date,
    daysSinceRehearsed: days,
    attempts: counting.length,
  };
}
