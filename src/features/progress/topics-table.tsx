import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScorePoint, TopicProgress } from '@/domain/progress/progress-types';

const columns = ['topic', 'latest', 'best', 'attempts', 'readiness'] as const;

function TopicRow({ row }: { row: TopicProgress }) {
  const { t } = useTranslation('progress');
  const scoreText = (point: ScorePoint | undefined) =>
    point ? t('scoreGrade', { score: Math.round(point.score), grade: t(`grades.${point.grade}`) }) : t('table.none');
  return (
    <tr>
      <td>{t(`topics.${row.topic}`)}</td>
      <td>{scoreText(row.latest)}</td>
      <td>{scoreText(row.best)}</td>
      <td className="numeric">{row.completedAttempts}</td>
      <td>
        <span className={`readiness readiness-${row.readiness.level}`}>{t(`readiness.${row.readiness.level}`)}</span>
      </td>
    </tr>
  );
}

/** One row per attempted topic: latest and best score with grade, completed attempts and readiness. */
export function TopicsTable({ rows }: { rows: readonly TopicProgress[] }) {
  const { t } = useTranslation('progress');
  const captionId = useId();
  // On a narrow screen the table scrolls sideways in its own box, which keyboard users can focus to scroll.
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="progress-table">
        <caption id={captionId}>{t('table.caption')}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`table.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <TopicRow key={row.topic} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
