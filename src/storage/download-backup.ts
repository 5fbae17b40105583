import type { BackupScope } from '@/domain/backup/backup-schema';
import { saveTextFile } from '@/lib/save-text-file';
import { exportBackupFile } from './backup-export';
import { appDatabase } from './database';

/**
 * Builds a backup file of the scope and offers it as a download; resolves to the file's name. Reading keeps
 * working when writing fails (a full disk, a quota), so the backup holds everything stored.
 */
export async function downloadBackup(scope: BackupScope = { kind: 'all' }): Promise<string> {
  const file = await exportBackupFile(appDatabase(), scope);
  saveTextFile(file);
  return file.fileName;
}
