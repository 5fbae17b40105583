import type { BackupError } from '@/domain/backup/backup-errors';
import { parseBackup } from '@/domain/backup/parse-backup';
import { importBackup, type ImportReport } from './backup-import';
import type { TrainerDatabase } from './database';
import { toStorageProblem, type StorageProblem } from './storage-problem';

export type RestoreResult =
  | { ok: true; report: ImportReport; migratedFrom?: number }
  | { ok: false; reason: 'invalid-file'; errors: BackupError[] }
  | { ok: false; reason: 'storage'; problem: StorageProblem };

/**
 * Restores a backup file's text: the whole file is checked before anything is written, then merged in one
 * transaction. Never rejects: a bad file or a storage failure comes back as data, and the database is unchanged.
 */
export async function restoreBackup(db: TrainerDatabase, text: string): Promise<RestoreResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return { ok: false, reason: 'invalid-file', errors: parsed.errors };
  try {
    const report = await importBackup(db, parsed.backup);
    return parsed.migratedFrom === undefined
      ? { ok: true, report }
      : { ok: true, report, migratedFrom: parsed.migratedFrom };
  } catch (error) {
    return { ok: false, reason: 'storage', problem: toStorageProblem(error) };
  }
}
