import { useTranslation } from 'react-i18next';
import type { BackupError } from '@/domain/backup/backup-errors';
import type { RestoreResult } from '@/storage/restore-backup';
import { restoreSummary } from './restore-summary';

// The located details come from the backup reader in English; other languages show them after their own
// description of the problem, marked as English for screen readers.
function ErrorItem({ error }: { error: BackupError }) {
  const { t, i18n } = useTranslation('settings');
  const described = t(`restore.errors.${error.code}`);
  if (error.code === 'more-errors') return <li>{described}</li>;
  if (i18n.resolvedLanguage === 'en') return <li>{error.message}</li>;
  return (
    <li>
      {described}{' '}
      <span lang="en" className="muted">
        {error.message}
      </span>
    </li>
  );
}

/** Why a file was not restored, and that nothing changed. */
export function RestoreRefusal({ result, unreadable }: { result?: RestoreResult; unreadable?: boolean }) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  if (unreadable)
    return (
      <p className="alert" role="alert">
        {t('restore.unreadable')}
      </p>
    );
  if (!result || result.ok) return null;
  if (result.reason === 'storage') {
    return (
      <p className="alert" role="alert">
        {t('restore.storageFailed', { reason: tc(`storageProblem.${result.problem.kind}`) })}
      </p>
    );
  }
  return (
    <div className="alert" role="alert">
      <p>{t('restore.refused')}</p>
      <ul className="problems">
        {result.errors.map((error, index) => (
          <ErrorItem key={index} error={error} />
        ))}
      </ul>
    </div>
  );
}

/** What a successful restore added, updated and skipped. */
export function RestoreReport({ result }: { result?: RestoreResult }) {
  const { t, i18n } = useTranslation('settings');
  if (!result?.ok) return null;
  return (
    <>
      <p>{restoreSummary(result.report, t, i18n.resolvedLanguage ?? i18n.language)}</p>
      {result.migratedFrom !== undefined && <p>{t('restore.migrated')}</p>}
    </>
  );
}
