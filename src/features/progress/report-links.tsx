import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ScorePoint } from '@/domain/progress/progress-types';

/** Every completed attempt of a topic, newest first, each opening its report (kept on this device). */
export function ReportLinks({ points }: { points: readonly ScorePoint[] }) {
  const { t, i18n } = useTranslation('report');
  const { t: tp } = useTranslation('progress');
  const id = useId();
  if (points.length === 0) return null;
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <h4 id={id}>{t('links.heading')}</h4>
      <ul className="report-links" aria-labelledby={id}>
        {[...points].reverse().map((point) => {
          const date = format.format(new Date(point.date));
          return (
            <li key={point.attemptId}>
              <span>{t('links.item', { date, mode: tp(`modes.${point.mode}`), score: Math.round(point.score) })}</span>{' '}
              {/* "~" leaves this area's base: the report lives in the rehearse area. */}
              <Link href={`~/rehearse/report/${point.attemptId}`}>{t('links.open', { date })}</Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
