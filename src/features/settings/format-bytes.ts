// Decimal units, as operating systems and browser settings show disk space.
const units = [
  { unit: 'gigabyte', size: 1e9 },
  { unit: 'megabyte', size: 1e6 },
  { unit: 'kilobyte', size: 1e3 },
] as const;

/**
 * A byte count for people: "1.2 MB", "45 kB", "300 GB" (in the language's own number format). With `rough`,
 * two significant digits, for figures the browser only estimates, such as the quota.
 */
export function formatBytes(bytes: number, language: string, rough = false): string {
  const { unit, size } = units.find((candidate) => bytes >= candidate.size) ?? units[2];
  const digits = rough ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: unit === 'kilobyte' ? 0 : 1 };
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', ...digits }).format(bytes / size);
}
