/** Lengths of time in hours, the unit every duration and frequency key is kept in. */
export const hours = {
  day: 24,
  week: 7 * 24,
  month: 30 * 24,
  quarter: 90 * 24,
  year: 365 * 24,
} as const;
