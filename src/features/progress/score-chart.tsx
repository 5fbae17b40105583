import { useTranslation } from 'react-i18next';
import { readinessThresholds } from '@/domain/progress/readiness';

const box = { width: 320, height: 150, left: 30, right: 68, top: 10, bottom: 24 };
const plot = { width: box.width - box.left - box.right, height: box.height - box.top - box.bottom };
// Beyond this many attempts the dots would merge into the line; the label then names only the latest scores.
const maxDots = 40;
const maxSpoken = 10;

const yOf = (score: number) => box.top + ((100 - score) * plot.height) / 100;
const xOf = (index: number, count: number) =>
  box.left + (count === 1 ? plot.width / 2 : (index * plot.width) / (count - 1));

function useChartLabel(topicName: string, scores: readonly number[]): string {
  const { t } = useTranslation('progress');
  if (scores.length <= maxSpoken)
    return t('chart.label', { topic: topicName, count: scores.length, scores: scores.join(', ') });
  const recent = scores.slice(-maxSpoken);
  return t('chart.labelRecent', {
    topic: topicName,
    total: scores.length,
    shown: recent.length,
    scores: recent.join(', '),
  });
}

function Threshold({ score, label, className }: { score: number; label: string; className: string }) {
  const y = yOf(score);
  return (
    <g className={className}>
      <line x1={box.left} x2={box.left + plot.width} y1={y} y2={y} />
      <text x={box.left + plot.width + 4} y={y + 3}>
        {label}
      </text>
    </g>
  );
}

/** A small line chart of scores (0-100) over attempts, oldest first, with the readiness thresholds drawn in. */
export function ScoreChart({ topicName, scores }: { topicName: string; scores: readonly number[] }) {
  const { t } = useTranslation('progress');
  const label = useChartLabel(topicName, scores);
  const count = scores.length;
  const points = scores.map((score, index) => `${xOf(index, count).toFixed(1)},${yOf(score).toFixed(1)}`).join(' ');
  return (
    <svg
      className="score-chart"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${box.width} ${box.height}`}
      focusable="false"
    >
      <g className="chart-axis">
        {[0, 100].map((score) => (
          <line key={score} x1={box.left} x2={box.left + plot.width} y1={yOf(score)} y2={yOf(score)} />
        ))}
        {[0, readinessThresholds.atRisk, readinessThresholds.ready, 100].map((score) => (
          <text key={score} x={box.left - 6} y={yOf(score) + 3} textAnchor="end">
            {score}
          </text>
        ))}
        <text x={xOf(0, count)} y={box.height - 6} textAnchor="middle">
          {1}
        </text>
        {count > 1 && (
          <text x={xOf(count - 1, count)} y={box.height - 6} textAnchor="middle">
            {count}
          </text>
        )}
      </g>
      <Threshold
        score={readinessThresholds.ready}
        label={t('chart.readyLine')}
        className="chart-threshold chart-ready"
      />
      <Threshold
        score={readinessThresholds.atRisk}
        label={t('chart.atRiskLine')}
        className="chart-threshold chart-at-risk"
      />
      <polyline className="chart-line" points={points} />
      {scores.map((score, index) =>
        count <= maxDots || index === count - 1 ? (
          <circle
            key={index}
            className="chart-dot"
            cx={xOf(index, count)}
            cy={yOf(score)}
            r={index === count - 1 ? 4 : 2.5}
          />
        ) : null,
      )}
    </svg>
  );
}
