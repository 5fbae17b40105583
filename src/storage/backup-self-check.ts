import type { Backup, BackupData } from '@/domain/backup/backup-schema';
import { parseBackup } from '@/domain/backup/parse-backup';
import type { Attempt } from '@/domain/records/attempt-schema';
import { cutLongStrings, jsonValueSchema } from '@/domain/records/json-value';
import { backupLimits } from '@/domain/records/limits';
import { BackupTooLargeError } from './storage-errors';

const tableLimits = {
  profiles: backupLimits.maxProfiles,
  attempts: backupLimits.maxAttempts,
  answers: backupLimits.maxAnswers,
  customScenarios: backupLimits.maxCustomScenarios,
  settings: backupLimits.maxSettings,
} as const;

/**
 * The attempt as a backup can hold it. Repositories check every snapshot before writing it; only one stored
 * before that check existed can hold a text over the limit (an over-long answer that failed to save).
 */
export function exportableAttempt(attempt: Attempt): Attempt {
  if (jsonValueSchema.safeParse(attempt.machineSnapshot).success) return attempt;
  return { ...attempt, machineSnapshot: cutLongStrings(attempt.machineSnapshot) };
}

function tooLarge(data: BackupData, text: string): string | undefined {
  for (const [table, max] of Object.entries(tableLimits)) {
    const count = data[table as keyof typeof tableLimits]?.length ?? 0;
    if (count > max) return `${count} ${table}, more than the ${max} one backup can hold`;
  }
  const megabytes = (chars: number) => (chars / (1024 * 1024)).toFixed(1);
  if (text.length > backupLimits.maxFileChars)
    return `${megabytes(text.length)} MB, more than the ${megabytes(backupLimits.maxFileChars)} MB one backup can hold`;
  return undefined;
}

/**
 * Reads the file about to be written exactly as a restore will, so that a backup the app makes is always one it
 * can restore: more data than a file may hold is a BackupTooLargeError, anything else an error naming the first
 * problem (the repositories' checks make that unreachable; the round-trip tests prove it).
 */
export function checkBackupText(backup: Backup, text: string): void {
  const over = tooLarge(backup.data, text);
  if (over) throw new BackupTooLargeError(`This backup would hold ${over}.`);
  const read = parseBackup(text);
  if (!read.ok) throw new Error(`The backup would not be readable: ${read.errors[0]?.message ?? 'unknown problem'}`);
}
