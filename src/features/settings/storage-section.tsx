import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from './format-bytes';
import { usePersistence, useRequestPersistence, useStorageUsage } from './queries';

function UsageLine() {
  const { t, i18n } = useTranslation('settings');
  const usage = useStorageUsage();
  if (!usage.data) return null;
  if (!usage.data.supported) return <p>{t('storage.usageUnknown')}</p>;
  const language = i18n.resolvedLanguage ?? i18n.language;
  const used = formatBytes(usage.data.usageBytes, language);
  const quota = formatBytes(usage.data.quotaBytes, language, true);
  return <p>{t('storage.usage', { used, quota })}</p>;
}

/**
 * Whether the browser keeps the data for sure, a button to ask it to (only on request: Firefox shows the
 * learner a prompt, which should follow their own click), and how much space is used.
 */
export function StorageSection() {
  const { t } = useTranslation('settings');
  const id = useId();
  const persistence = usePersistence();
  const request = useRequestPersistence();
  const outcome = persistence.data;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('storage.heading')}</h2>
      <div role="status">
        {outcome && <p>{t(`storage.${outcome}`)}</p>}
        {request.data === 'denied' && <p>{t('storage.refused')}</p>}
      </div>
      {outcome === 'denied' && (
        <div className="actions">
          <button type="button" className="button" disabled={request.isPending} onClick={() => request.mutate()}>
            {t('storage.request')}
          </button>
        </div>
      )}
      <UsageLine />
    </section>
  );
}
