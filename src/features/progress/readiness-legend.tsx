import { useTranslation } from 'react-i18next';
import { readinessLevels } from '@/domain/progress/progress-types';
import { thresholdValues } from './readiness-text';

/** What ready, at risk and not ready mean, in words, with the thresholds the app judges by. */
export function ReadinessLegend() {
  const { t } = useTranslation('progress');
  return (
    <section className="card readiness-legend" aria-labelledby="readiness-legend-heading">
      <h2 id="readiness-legend-heading">{t('legend.heading')}</h2>
      <p>{t('legend.intro')}</p>
      <ul>
        {readinessLevels.map((level) => (
          <li key={level} className={`readiness readiness-${level}`}>
            {t(`legend.${level}`, thresholdValues)}
          </li>
        ))}
      </ul>
    </section>
  );
}
