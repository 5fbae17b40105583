import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MissedEvidence, Readiness, TopicProgress } from '@/domain/progress/progress-types';
import type { EvidenceLabelOf } from './evidence-labels';
import { ModeTable } from './mode-table';
import { thresholdValues } from './readiness-text';
import { ReportLinks } from './report-links';
import { ScoreChart } from './score-chart';

function ReadinessLine({ readiness }: { readiness: Readiness }) {
  const { t } = useTranslation('progress');
  const level = t(`readiness.${readiness.level}`);
  const reasons = readiness.reasons.map((reason) => t(`reasons.${reason}`, thresholdValues)).join('; ');
  return (
    <p className={`readiness readiness-${readiness.level}`}>
      {reasons ? t('topic.readinessWhy', { level, reasons }) : t('topic.readiness', { level })}
    </p>
  );
}

function MissedList({
  items,
  labelOf,
  headingId,
}: {
  items: readonly MissedEvidence[];
  labelOf: EvidenceLabelOf;
  headingId: string;
}) {
  const { t } = useTranslation('progress');
  if (items.length === 0) return <p className="muted">{t('missed.none')}</p>;
  return (
    <ol className="missed-list" aria-labelledby={headingId}>
      {items.map((item) => (
        <li key={`${item.scenarioId}/${item.questionId}/${item.evidenceId}`}>
          <span className="missed-label">{labelOf(item)}</span>{' '}
          <span className="missed-count">{t('missed.count', { count: item.assessed, missed: item.missed })}</span>
        </li>
      ))}
    </ol>
  );
}

/** A topic's readiness and why, its score trend and the evidence the learner leaves out most. */
export const TopicDetail = memo(function TopicDetail({
  progress,
  labelOf,
}: {
  progress: TopicProgress;
  labelOf: EvidenceLabelOf;
}) {
  const { t } = useTranslation('progress');
  const id = useId();
  const topicName = t(`topics.${progress.topic}`);
  return (
    <section className="card topic-detail" aria-labelledby={`${id}-topic`}>
      <h3 id={`${id}-topic`}>{topicName}</h3>
      <ReadinessLine readiness={progress.readiness} />
      <ModeTable progress={progress} topicName={topicName} />
      {progress.trend.length > 0 ? (
        <ScoreChart topicName={topicName} scores={progress.trend.map((point) => Math.round(point.score))} />
      ) : (
        <p className="muted">{t('topic.noTrend')}</p>
      )}
      <h4 id={`${id}-missed`}>{t('missed.heading')}</h4>
      <MissedList items={progress.mostMissed} labelOf={labelOf} headingId={`${id}-missed`} />
      <ReportLinks points={progress.trend} />
    </section>
  );
});
