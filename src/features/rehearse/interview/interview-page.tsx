import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/use-document-title';
import { pickText } from '@/domain/scenario/locale';
import { isolateText } from '@/domain/text/isolate-text';
import { useAttempt, useScenarioLibrary } from '../queries';
import { InterviewOwnership } from '../session/interview-ownership';
import { InterviewSession } from './interview-session';

/** Loads an attempt and its scenario from this device and runs (or shows the report of) the interview. */
export function InterviewPage({ attemptId }: { attemptId: string }) {
  const { t } = useTranslation('rehearse');
  const attempt = useAttempt(attemptId);
  const library = useScenarioLibrary();
  const scenario = library.data?.scenarios.find((s) => s.id === attempt.data?.scenarioId);
  const scenarioTitle = scenario && attempt.data ? pickText(scenario.title, attempt.data.locale) : undefined;
  useDocumentTitle(scenarioTitle ? isolateText(scenarioTitle) : t('title'));
  // Wait for this visit's own read: the actor is created once, from the snapshot it is first given.
  if (!attempt.isFetchedAfterMount || library.isPending) return <Loading />;
  const problem = !attempt.data ? t('interview.missing') : !scenario ? t('interview.scenarioGone') : null;
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{scenarioTitle ? <bdi>{scenarioTitle}</bdi> : t('title')}</h1>
      {problem || !attempt.data || !scenario ? (
        <>
          <p>{problem}</p>
          <Link href="/" className="button">
            {t('setup.back')}
          </Link>
        </>
      ) : (
        // Keyed by attempt: a different attempt is a different interview actor, owned by one tab at a time.
        <InterviewOwnership
          key={attempt.data.id}
          attemptId={attempt.data.id}
          enabled={attempt.data.status === 'in-progress'}
          reload={attempt.refetch}
        >
          <InterviewSession scenario={scenario} attempt={attempt.data} />
        </InterviewOwnership>
      )}
    </section>
  );
}
