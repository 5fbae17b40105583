import { saveTextFile } from '@/lib/save-text-file';
import { exportBackupFile } from '@/storage/backup-export';
import { appDatabase } from '@/storage/database';

/** Offers a backup of everything stored; reading still works when saving fails, so nothing saved is left out. */
export async function downloadBackup(): Promise<void> {
  saveTextFile(await exportBackupFile(appDatabase(), { kind: 'all' }));
}
