import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** Shown while the learner has no attempts: what will appear here, and the way to the first interview. */
export function EmptyState() {
  const { t } = useTranslation('progress');
  return (
    <section className="card empty-state" aria-labelledby="progress-empty-heading">
      <h2 id="progress-empty-heading">{t('empty.heading')}</h2>
      <p>{t('empty.text')}</p>
      {/* "~" leaves this area's base: the link goes to /rehearse, not /progress/rehearse. */}
      <Link href="~/rehearse" className="button primary">
        {t('empty.action')}
      </Link>
    </section>
  );
}
