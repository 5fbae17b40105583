import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/use-document-title';
import { buildInterviewReport } from '@/domain/interview';
import type { Attempt } from '@/domain/records/attempt-schema';
import { pickText } from '@/domain/scenario/locale';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { isolateText } from '@/domain/text/isolate-text';
import { useAttempt, useProfiles, useScenarioLibrary } from '../queries';
import { usePreviousSummary, transcriptOf } from './previous-summary';
import { ReportView } from './report-view';

/**
 * A past interview's report at /rehearse/report/:attemptId, rebuilt from what this device stores: the attempt
 * and the transcript in its snapshot, scored against the scenario as it is now. Needs no network and no clock.
 */
export function ReportPage({ attemptId }: { attemptId: string }) {
  const { t } = useTranslation('report');
  const { t: tr } = useTranslation('rehearse');
  const attempt = useAttempt(attemptId);
  const library = useScenarioLibrary();
  const scenario = library.data?.scenarios.find((s) => s.id === attempt.data?.scenarioId);
  const title = scenario && attempt.data ? pickText(scenario.title, attempt.data.locale) : undefined;
  useDocumentTitle(title ? isolateText(tr('report.heading', { title })) : tr('title'));
  if (attempt.isPending || library.isPending) return <Loading />;
  const problem = !attempt.data ? t('open.missing') : !scenario ? tr('interview.scenarioGone') : null;
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{title ? <bdi>{title}</bdi> : tr('title')}</h1>
      {problem || !attempt.data || !scenario ? (
        <>
          <p>{problem}</p>
          <Link href="~/progress" className="button">
            {t('open.back')}
          </Link>
        </>
      ) : (
        <StoredReport attempt={attempt.data} scenario={scenario} />
      )}
    </section>
  );
}

function StoredReport({ attempt, scenario }: { attempt: Attempt; scenario: Scenario }) {
  const { t } = useTranslation('report');
  const previous = usePreviousSummary(scenario, attempt);
  const learner = useProfiles().data?.find((p) => p.id === attempt.profileId)?.name;
  const transcript = useMemo(() => transcriptOf(attempt.machineSnapshot) ?? [], [attempt.machineSnapshot]);
  const report = useMemo(
    () => buildInterviewReport(scenario, { transcript }, attempt.locale, previous),
    [scenario, transcript, attempt.locale, previous],
  );
  if (attempt.status === 'in-progress')
    return (
      <>
        <p>{t('open.unfinished')}</p>
        <Link href={`~/rehearse/attempt/${attempt.id}`} className="button primary">
          {t('open.continue')}
        </Link>
      </>
    );
  if (report.outcome !== 'completed') return <p className="card">{t('open.noReport')}</p>;
  return <ReportView report={report} scenario={scenario} attempt={attempt} learner={learner} transcript={transcript} />;
}
