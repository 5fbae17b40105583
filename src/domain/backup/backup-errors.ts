/** What kind of problem a backup file has; the UI may translate by code, the message is plain English. */
export const backupErrorCodes = [
  'empty',
  'too-large',
  'json-syntax',
  'too-deep',
  'string-too-long',
  'forbidden-key',
  'not-a-backup',
  'newer-format',
  'unknown-format-version',
  'invalid-field',
  'duplicate-id',
  'dangling-reference',
  'scope-mismatch',
  'more-errors',
] as const;
export type BackupErrorCode = (typeof backupErrorCodes)[number];

/** One problem in a backup file: where (a path like data.answers[12].result.score, and the line when known) and what. */
export type BackupError = {
  code: BackupErrorCode;
  path: string;
  message: string;
  line?: number;
  column?: number;
};

/** A path as zod reports it, written the way a reader would: data.answers[12].result.score. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${quoteKey(String(segment))}]`;
  }
  return text;
}

/** A key from the file, quoted and shortened so that a hostile key cannot flood or garble a message. */
export function quoteKey(key: string): string {
  const short = key.length > 40 ? `${key.slice(0, 40)}…` : key;
  return JSON.stringify(short);
}

export function backupError(code: BackupErrorCode, path: string, message: string): BackupError {
  return { code, path, message };
}

/** Keeps the first problems and sums up the rest, so that a broken file gives a readable list. */
export function capErrors(errors: readonly BackupError[], max: number): BackupError[] {
  if (errors.length <= max) return [...errors];
  const rest = errors.length - max;
  const more = backupError('more-errors', '', `…and ${rest} more ${rest === 1 ? 'problem' : 'problems'}.`);
  return [...errors.slice(0, max), more];
}
