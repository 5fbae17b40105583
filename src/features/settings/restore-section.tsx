import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RestoreRefusal, RestoreReport } from './restore-outcome';
import { useRestoreBackup } from './queries';

/** Restores a backup file: the report of what changed in a status region, or why nothing changed in an alert. */
export function RestoreSection() {
  const { t } = useTranslation('settings');
  const id = useId();
  const restore = useRestoreBackup();
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared, so that choosing the same file again (a second import) fires another change.
    input.value = '';
    if (file) restore.mutate(file);
  };
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('restore.heading')}</h2>
      <p>{t('restore.help')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('restore.file')}</label>
        <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={choose} />
      </div>
      <div role="status" className="restore-status">
        {restore.isPending && <p>{t('restore.reading')}</p>}
        {restore.isSuccess && <RestoreReport result={restore.data} />}
      </div>
      {!restore.isPending && <RestoreRefusal result={restore.data} unreadable={restore.isError} />}
    </section>
  );
}
