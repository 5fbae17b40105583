import { useTranslation } from 'react-i18next';
import { useFullEvidenceList, useSetFullEvidenceList } from './queries';

/** The coach's setting: the full evidence list while typing, for learners who want the answer key in view. */
export function CoachSection() {
  const { t } = useTranslation('settings');
  const current = useFullEvidenceList();
  const change = useSetFullEvidenceList();
  return (
    <section className="card" aria-labelledby="settings-coach">
      <h2 id="settings-coach">{t('coach.heading')}</h2>
      <label className="toggle">
        <input
          type="checkbox"
          checked={current.data ?? false}
          disabled={current.isPending || change.isPending}
          onChange={(e) => change.mutate(e.target.checked)}
        />
        {t('coach.fullList')}
      </label>
      <p className="muted">{t('coach.fullListHelp')}</p>
    </section>
  );
}
