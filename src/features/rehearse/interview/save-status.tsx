import { useTranslation } from 'react-i18next';
import { StorageProblemNotice } from '@/components/storage-problem-notice';
import { downloadBackup } from '@/storage/download-backup';
import type { StorageProblem } from '@/storage/storage-problem';

type SaveState = { problem: StorageProblem | null; saving: boolean; waiting: number };

/** The status line: "Saved" only when everything given so far is stored, else how many answers wait. */
export function SaveStatusLine({ problem, saving, waiting }: SaveState) {
  const { t } = useTranslation('rehearse');
  const text = problem
    ? waiting > 0
      ? t('interview.notSavedCount', { count: waiting })
      : t('interview.notSaved')
    : saving
      ? t('interview.saving')
      : t('interview.saved');
  return (
    <p className="save-status muted" role="status">
      {text}
    </p>
  );
}

/** Why answers are waiting, that the app keeps trying, and a backup of what is stored. */
export function SaveProblemAlert({ problem, waiting }: Omit<SaveState, 'saving'>) {
  const { t } = useTranslation('rehearse');
  const { t: tc } = useTranslation();
  if (!problem) return null;
  const reason = tc(`storageProblem.${problem.kind}`);
  const message =
    waiting > 0 ? t('interview.saveFailed', { count: waiting, reason }) : t('interview.saveFailedPosition', { reason });
  return <StorageProblemNotice message={message} onDownload={downloadBackup} />;
}
