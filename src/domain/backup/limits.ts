/** Bounds on a whole backup file, checked before and while it is read. */
export const backupLimits = {
  /** About 64 MiB of text; a learner with 1,000 attempts writes roughly 15 MB. */
  maxFileChars: 64 * 1024 * 1024,
  /** Nesting of arrays and objects; real backups stay under 15 (a machine snapshot is the deepest part). */
  maxDepth: 64,
  /** Any single string, wherever it is (the longest real field is a scenario's YAML source). */
  maxStringChars: 1_000_000,
  maxProfiles: 1_000,
  maxAttempts: 100_000,
  maxAnswers: 1_000_000,
  maxCustomScenarios: 1_000,
  maxSettings: 1_000,
  /** More problems than this are summed up in one last message. */
  maxReportedErrors: 20,
} as const;

export type BackupLimits = { readonly [K in keyof typeof backupLimits]: number };
