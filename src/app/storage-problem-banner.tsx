import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { StorageProblemNotice } from '@/components/storage-problem-notice';
import { saveTextFile } from '@/lib/save-text-file';
import { exportBackupFile } from '@/storage/backup-export';
import { appDatabase } from '@/storage/database';
import { useStorageProblem } from './use-storage-problem';

// Reading keeps working when writing fails (a full disk, a quota), so the backup holds everything stored.
async function downloadEverything(): Promise<void> {
  saveTextFile(await exportBackupFile(appDatabase(), { kind: 'all' }));
}

/** Above every data area: says plainly when the browser will not store the app's data, and offers a backup. */
export function StorageProblemBanner({ client }: { client: QueryClient }) {
  const { t } = useTranslation();
  const problem = useStorageProblem(client);
  if (!problem) return null;
  const message = t('storageProblem.banner', { reason: t(`storageProblem.${problem.kind}`) });
  return <StorageProblemNotice className="storage-banner" message={message} onDownload={downloadEverything} />;
}
