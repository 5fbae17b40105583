import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { WithIsolated } from '@/components/with-isolated';
import { evidenceWeights, topFixes, type InterviewReport, type Turn } from '@/domain/interview';
import type { Attempt } from '@/domain/records/attempt-schema';
import { pickText } from '@/domain/scenario/locale';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { TranscriptView } from '../interview/transcript-view';
import { FindingCard } from './finding-card';
import { MarkdownActions } from './markdown-actions';
import { reportDocument } from './report-document';
import { reportFacts } from './report-facts';
import { reportMarkdown } from './report-markdown';
import { ReportSummary } from './report-summary';

type Props = {
  report: InterviewReport;
  scenario: Scenario;
  attempt: Attempt;
  learner: string | undefined;
  transcript: readonly Turn[];
};

/**
 * The report, read top down: who, when and what; the summary with the fixes worth most; a finding per question;
 * the transcript folded away. The same text can be printed, copied or downloaded as Markdown.
 */
export function ReportView({ report, scenario, attempt, learner, transcript }: Props) {
  const { t, i18n } = useTranslation('report');
  const { t: tr } = useTranslation('rehearse');
  const locale = report.locale;
  const translators = useMemo(() => ({ t, tr, language: i18n.language }), [t, tr, i18n.language]);
  const fixes = useMemo(() => topFixes(report, evidenceWeights(scenario)), [report, scenario]);
  const facts = reportFacts(attempt, scenario, learner, translators);
  const markdown = useCallback(
    () => reportMarkdown(reportDocument({ report, fixes, scenario, attempt, learner, transcript, translators })),
    [report, fixes, scenario, attempt, learner, transcript, translators],
  );
  return (
    <article className="report" aria-labelledby="report-heading">
      <h2 id="report-heading" tabIndex={-1}>
        <WithIsolated text={(title) => tr('report.heading', { title })} value={pickText(scenario.title, locale)} />
      </h2>
      <dl className="report-facts" aria-label={t('about')}>
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>
              <bdi>{fact.value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
      <ReportSummary report={report} fixes={fixes} scenario={scenario} />
      <h3>{tr('report.findings')}</h3>
      <ol className="findings">
        {report.findings.map((finding, index) => (
          <FindingCard key={finding.questionId} finding={finding} index={index} scenario={scenario} locale={locale} />
        ))}
      </ol>
      <details className="card report-transcript">
        <summary>{t('transcriptShow', { count: transcript.length })}</summary>
        <TranscriptView turns={transcript} scenario={scenario} locale={locale} announce={false} />
      </details>
      <div className="actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {tr('report.print')}
        </button>
        <MarkdownActions markdown={markdown} fileName={`${scenario.id}-${attempt.id}.md`} />
        <Link href={`~/rehearse/${scenario.id}`} className="button primary">
          {tr('report.again')}
        </Link>
        <Link href="~/rehearse" className="button">
          {tr('report.other')}
        </Link>
      </div>
    </article>
  );
}
