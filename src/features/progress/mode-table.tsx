import { useTranslation } from 'react-i18next';
import type { ModeProgress, ScorePoint, TopicProgress } from '@/domain/progress/progress-types';

/**
 * Practice and mock audits apart: a practice run with the coach and a strict mock audit measure different
 * things, so their latest and best scores are never mixed in one row (readiness above weighs both).
 */
export function ModeTable({ progress, topicName }: { progress: TopicProgress; topicName: string }) {
  const { t } = useTranslation('progress');
  const scoreText = (point: ScorePoint | undefined) =>
    point ? t('scoreGrade', { score: Math.round(point.score), grade: t(`grades.${point.grade}`) }) : t('table.none');
  const rows: [string, ModeProgress][] = [
    [t('modes.practice'), progress.practice],
    [t('modes.mock'), progress.mock],
  ];
  return (
    <table className="mode-table">
      <caption>{t('modes.caption', { topic: topicName })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('modes.mode')}</th>
          <th scope="col">{t('table.attempts')}</th>
          <th scope="col">{t('table.latest')}</th>
          <th scope="col">{t('table.best')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, mode]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{mode.completedAttempts}</td>
            <td>{scoreText(mode.latest)}</td>
            <td>{scoreText(mode.best)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
