import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { StorageProblemNotice } from '@/components/storage-problem-notice';
import { downloadBackup } from '@/storage/download-backup';
import { useStorageProblem } from './use-storage-problem';

/** Above every data area: says plainly when the browser will not store the app's data, and offers a backup. */
export function StorageProblemBanner({ client }: { client: QueryClient }) {
  const { t } = useTranslation();
  const problem = useStorageProblem(client);
  if (!problem) return null;
  const message = t('storageProblem.banner', { reason: t(`storageProblem.${problem.kind}`) });
  return <StorageProblemNotice className="storage-banner" message={message} onDownload={downloadBackup} />;
}
