import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { applyAppUpdate, useAppUpdate } from '@/lib/app-update-store';

/**
 * Offers a waiting new version, except during an interview. Taking it reloads every tab into it, each once
 * its reload guards have saved their work; an interview resumes at the same question from what is stored.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const waiting = useAppUpdate((s) => s.waiting);
  if (!waiting || location.startsWith('/rehearse/attempt/')) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{t('update.ready')}</span>
      <button type="button" className="button primary" onClick={applyAppUpdate}>
        {t('update.apply')}
      </button>
    </div>
  );
}
