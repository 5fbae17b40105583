import { backupError, capErrors, type BackupError } from './backup-errors';
import {
  backupFormat,
  currentBackupFormatVersion,
  isKnownFormatVersion,
  knownBackupSchemas,
  type Backup,
  type KnownFormatVersion,
} from './backup-schema';
import { issuesToErrors } from './issue-messages';
import { lineAndColumn, scanJson } from './json-scan';
import { backupLimits, type BackupLimits } from '@/domain/records/limits';
import { migrateBackup } from './migrations';
import { checkReferences } from './references';
import { guardValue } from './value-guard';

export type ParseBackupResult =
  { ok: true; backup: Backup; migratedFrom?: number } | { ok: false; errors: BackupError[] };

type Step = { ok: true; value: unknown } | { ok: false; errors: BackupError[] };

const failure = (...errors: BackupError[]) => ({ ok: false as const, errors });
const megabytes = (chars: number) => (chars / (1024 * 1024)).toFixed(1);

function readJson(text: string, limits: BackupLimits): Step {
  // Editors on some systems start a UTF-8 file with a byte-order mark; it is not part of the data.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return failure(backupError('empty', '', 'The file is empty.'));
  if (body.length > limits.maxFileChars) {
    const message = `The file is too large to be a backup (${megabytes(body.length)} MB; at most ${megabytes(limits.maxFileChars)} MB).`;
    return failure(backupError('too-large', '', message));
  }
  const problem = scanJson(body, limits.maxDepth);
  if (problem) {
    const { line, column } = lineAndColumn(body, problem.offset);
    const code = problem.kind === 'too-deep' ? 'too-deep' : 'json-syntax';
    const message = `This is not a readable backup file: ${problem.reason} (line ${line}, column ${column}).`;
    return failure({ ...backupError(code, '', message), line, column });
  }
  const value: unknown = JSON.parse(body);
  return { ok: true, value };
}

function readFormatVersion(
  value: unknown,
): { ok: true; version: KnownFormatVersion } | { ok: false; errors: BackupError[] } {
  const header = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
  if (Reflect.get(header, 'format') !== backupFormat) {
    const message = `This file is not a Mock Audit Trainer backup (its "format" field is missing or is not "${backupFormat}").`;
    return failure(backupError('not-a-backup', 'format', message));
  }
  const version: unknown = Reflect.get(header, 'formatVersion');
  if (typeof version === 'number' && Number.isInteger(version) && version > currentBackupFormatVersion) {
    const message = `This backup was made by a newer version of Mock Audit Trainer (format ${version}); this version reads formats up to ${currentBackupFormatVersion}. Update the app to restore it.`;
    return failure(backupError('newer-format', 'formatVersion', message));
  }
  if (isKnownFormatVersion(version)) return { ok: true, version };
  const message = `formatVersion: must be a whole number from 1 to ${currentBackupFormatVersion}, got ${JSON.stringify(version) ?? 'nothing'}`;
  return failure(backupError('unknown-format-version', 'formatVersion', message.slice(0, 200)));
}

function validate(value: unknown, limits: BackupLimits): ParseBackupResult {
  const header = readFormatVersion(value);
  if (!header.ok) return header;
  const parsed = knownBackupSchemas[header.version].safeParse(value);
  if (!parsed.success)
    return failure(...capErrors(issuesToErrors(parsed.error.issues, value), limits.maxReportedErrors));
  const dangling = checkReferences(parsed.data.data, parsed.data.scope);
  if (dangling.length > 0) return failure(...capErrors(dangling, limits.maxReportedErrors));
  const backup = migrateBackup(parsed.data);
  return header.version < currentBackupFormatVersion
    ? { ok: true, backup, migratedFrom: header.version }
    : { ok: true, backup };
}

/**
 * Reads a backup file's text: size and nesting limits, JSON syntax (located), forbidden keys, the records of its
 * format version (readable, located messages), references between records, then migration to the current format.
 * Never throws for any input.
 */
export function parseBackup(text: string, limits: BackupLimits = backupLimits): ParseBackupResult {
  try {
    const json = readJson(text, limits);
    if (!json.ok) return json;
    const guarded = guardValue(json.value, limits.maxStringChars, limits.maxReportedErrors);
    if (guarded.length > 0) return failure(...guarded);
    return validate(json.value, limits);
  } catch {
    // Only an engine limit (memory, a parser quirk) gets here; the file is refused rather than half-read.
    return failure(backupError('not-a-backup', '', 'The file could not be read as a backup.'));
  }
}
