import { useTranslation } from 'react-i18next';
import type { InterviewReport, ReportFix } from '@/domain/interview';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { ChangeSummary } from './change-summary';
import { fixAdvice, fixControls, fixTitle } from './report-facts';
import { UnansweredList } from './unanswered-list';

/** The top of the report: result (worst finding), coverage beside it, the fixes worth most, the change since last time. */
export function ReportSummary({
  report,
  fixes,
  scenario,
}: {
  report: InterviewReport;
  fixes: readonly ReportFix[];
  scenario: Scenario;
}) {
  const { t } = useTranslation('report');
  const { t: tr } = useTranslation('rehearse');
  return (
    <section className="card report-overall" aria-labelledby="summary-heading">
      <h3 id="summary-heading">{t('summary')}</h3>
      <div className="report-figures">
        {report.grade && (
          <p className={`report-result grade-${report.grade}`}>
            {tr('report.result', { grade: tr(`grades.${report.grade}`) })}
          </p>
        )}
        <p className="report-coverage">{tr('report.coverage', { score: report.score })}</p>
      </div>
      <p>{tr('report.answered', { answered: report.answeredQuestions, total: report.totalQuestions })}</p>
      <h4 id="fixes-heading">{t('fixesHeading')}</h4>
      {fixes.length > 0 ? (
        <ol className="report-fixes" aria-labelledby="fixes-heading">
          {fixes.map((fix) => (
            <li key={`${fix.questionId}/${fix.itemId ?? ''}`} lang={report.locale}>
              <strong>{fixTitle(fix, scenario, t)}</strong>
              <span className="fix-controls">{fixControls(fix, t)}</span>
              <span className="fix-advice">{fixAdvice(fix, t)}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('fixesNone')}</p>
      )}
      <UnansweredList report={report} scenario={scenario} />
      <h4>{tr('report.change')}</h4>
      <ChangeSummary report={report} />
    </section>
  );
}
