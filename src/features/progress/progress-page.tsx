import { useTranslation } from 'react-i18next';
import { WithIsolated } from '@/components/with-isolated';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/use-document-title';
import { EmptyState } from './empty-state';
import { useEvidenceLabels } from './evidence-labels';
import { LearnerSelect } from './learner-select';
import { useTopicProgress } from './queries';
import { ReadinessLegend } from './readiness-legend';
import { ShareReadiness } from './share-readiness';
import { TopicDetail } from './topic-detail';
import { TopicsTable } from './topics-table';
import { useSelectedProfile } from './use-selected-profile';

function LearnerProgress({ profileId }: { profileId: string }) {
  const { t } = useTranslation('progress');
  const progress = useTopicProgress(profileId);
  const { labelOf, isPending: labelsPending } = useEvidenceLabels();
  if (progress.isError) throw progress.error;
  if (progress.isPending || labelsPending) return <Loading />;
  if (progress.data.length === 0) return <EmptyState />;
  return (
    <>
      <TopicsTable rows={progress.data} />
      <ReadinessLegend />
      <h2>{t('topic.heading')}</h2>
      <p className="muted">{t('chart.caption')}</p>
      <div className="topic-details">
        {progress.data.map((topic) => (
          <TopicDetail key={topic.topic} progress={topic} labelOf={labelOf} />
        ))}
      </div>
      <ShareReadiness profileId={profileId} topics={progress.data.map((topic) => topic.topic)} />
    </>
  );
}

/** A learner's progress: per topic the latest and best results, readiness, the score trend and the evidence missed most. */
export function ProgressPage() {
  const { t } = useTranslation('progress');
  useDocumentTitle(t('title'));
  const { profiles, profile, unknownInUrl, isPending, select } = useSelectedProfile();
  return (
    <section className="page progress-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {isPending ? (
        <Loading />
      ) : !profile ? (
        <EmptyState />
      ) : (
        <>
          <LearnerSelect profiles={profiles} value={profile.id} onChange={select} />
          {unknownInUrl && (
            <p className="notice-inline" role="status">
              <WithIsolated text={(name) => t('unknownLearner', { name })} value={profile.name} />
            </p>
          )}
          <LearnerProgress key={profile.id} profileId={profile.id} />
        </>
      )}
    </section>
  );
}
