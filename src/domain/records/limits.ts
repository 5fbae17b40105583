// The one set of size limits for everything the app stores: the record schemas, the free-form JSON inside
// records (machine snapshots, setting values) and the backup file are all checked against these numbers, and
// the later ones are derived from the earlier ones, so whatever a repository accepts a backup also accepts.

/** Length limits per field: generous for real use, small enough that a hostile file cannot bloat the database. */
export const fieldLimits = {
  idChars: 100,
  nameChars: 200,
  answerChars: 20_000,
  phraseChars: 500,
  settingKeyChars: 200,
  fileNameChars: 255,
  /** A custom scenario's YAML text; every text taken from a scenario is at most this long too. */
  sourceChars: 1_000_000,
  kindChars: 100,
  appVersionChars: 50,
  listItems: 200,
  maxAttemptNumber: 1_000,
} as const;

const textFieldLimits = [
  fieldLimits.idChars,
  fieldLimits.nameChars,
  fieldLimits.answerChars,
  fieldLimits.phraseChars,
  fieldLimits.settingKeyChars,
  fieldLimits.fileNameChars,
  fieldLimits.sourceChars,
  fieldLimits.kindChars,
  fieldLimits.appVersionChars,
];

/**
 * How deep a free-form value sits in a backup file: the file's object, `data`, the table's list and the record
 * each add a level (`data.attempts[0].machineSnapshot`, `data.settings[0].value`).
 */
const freeValueDepthInBackup = 4;

/** Free-form JSON inside a record: an interview's machine snapshot, a setting's value. */
export const jsonValueLimits = {
  /** Real snapshots nest about 12 levels (context, transcript, turn, answer, result, evidence, spans, span). */
  maxDepth: 60,
  /**
   * A snapshot holds the learner's answers (at most `answerChars`, the interview bounds them) and texts quoted
   * from the scenario (at most `sourceChars`, the length of its whole file).
   */
  maxStringChars: fieldLimits.sourceChars,
  /** Its JSON text; a backup file of the largest size holds at least eight snapshots of this size. */
  maxChars: 8 * 1024 * 1024,
} as const;

/** Bounds on a whole backup file, checked before and while it is read. */
export const backupLimits = {
  /** About 64 MiB of text; a learner with 1,000 attempts writes roughly 15 MB. */
  maxFileChars: 64 * 1024 * 1024,
  /** Nesting of arrays and objects: the deepest stored value, a free-form one, below the levels that hold it. */
  maxDepth: freeValueDepthInBackup + jsonValueLimits.maxDepth,
  /** Any single string, wherever it is: the longest a record field or a free-form value may hold. */
  maxStringChars: Math.max(...textFieldLimits, jsonValueLimits.maxStringChars),
  maxProfiles: 1_000,
  maxAttempts: 100_000,
  maxAnswers: 1_000_000,
  maxCustomScenarios: 1_000,
  maxSettings: 1_000,
  /** More problems than this are summed up in one last message. */
  maxReportedErrors: 20,
} as const;

export type BackupLimits = { readonly [K in keyof typeof backupLimits]: number };
