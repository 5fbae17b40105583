/** A repository refused an operation that breaks a rule of the data (not a browser failure). */
export class StorageRuleError extends Error {
  readonly rule: 'not-found' | 'attempt-closed';

  constructor(rule: 'not-found' | 'attempt-closed', message: string) {
    super(message);
    this.name = 'StorageRuleError';
    this.rule = rule;
  }
}

/** One located problem of a record, e.g. `answer.text: is too long: at most 20000 characters`. */
export type RecordProblem = { path: string; message: string; tooLong: boolean };

/** A record failed its schema before anything was written; nothing of the operation was stored. */
export class InvalidRecordError extends Error {
  readonly problems: readonly RecordProblem[];
  /** A text or value is longer than its limit: the learner can fix it by shortening it. */
  readonly tooLong: boolean;

  constructor(problems: readonly RecordProblem[]) {
    super(problems.map((problem) => problem.message).join('; '));
    this.name = 'InvalidRecordError';
    this.problems = problems;
    this.tooLong = problems.some((problem) => problem.tooLong);
  }
}

/** A backup would be more than a backup file may hold, so it is not written: the import would refuse it. */
export class BackupTooLargeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupTooLargeError';
  }
}
