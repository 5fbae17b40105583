/**
 * How readiness fades between the last rehearsal and the audit date: a rehearsal in the 30 days before counts in
 * full, after that the score halves every 90 days (score x 0.5^((days - 30) / 90)); a cell whose last counting
 * attempt is more than 60 days before the audit date is "stale" (at risk at best) whatever its score.
 */
export const teamDecay = { graceDays: 30, halfLifeDays: 90, staleAfterDays: 60 } as const;

const dayMs = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (ISO times or YYYY-MM-DD dates, read as UTC), never negative. */
export function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / dayMs));
}

/** The factor a score keeps after `days` without rehearsal: 1 up to the grace, then halving per half-life. */
export function decayFactor(days: number): number {
  return 0.5 ** (Math.max(0, days - teamDecay.graceDays) / teamDecay.halfLifeDays);
}

export function isStale(days: number): boolean {
  return days > teamDecay.staleAfterDays;
}
