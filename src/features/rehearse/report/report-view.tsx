import { useTranslation } from 'react-i18next';
import { WithIsolated } from '@/components/with-isolated';
import { Link } from 'wouter';
import type { Finding, InterviewReport } from '@/domain/interview';
import { pickText, type Locale } from '@/domain/scenario/locale';
import type { Scenario } from '@/domain/scenario/scenario-schema';

function FindingCard({
  finding,
  index,
  scenario,
  locale,
}: {
  finding: Finding;
  index: number;
  scenario: Scenario;
  locale: Locale;
}) {
  const { t } = useTranslation('rehearse');
  const question = scenario.questions.find((q) => q.id === finding.questionId);
  const headingId = `finding-${finding.questionId}`;
  return (
    <li className={`card finding grade-${finding.grade ?? 'none'}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('report.finding', { index: index + 1 })}
        {finding.grade ? `: ${t(`grades.${finding.grade}`)}` : ''}
      </h3>
      {question && (
        <p className="finding-question" lang={locale}>
          {pickText(question.prompt, locale)}
        </p>
      )}
      <p>
        <strong>{t('report.controls')}</strong> {finding.controls.join(', ')}
      </p>
      {finding.status === 'not-answered' && <p>{t('report.notAsked')}</p>}
      {finding.status === 'skipped' && <p>{t('report.skippedFinding')}</p>}
      {finding.score !== null && <p>{t('report.score', { score: finding.score })}</p>}
      {finding.given.length > 0 && (
        <>
          <h4>{t('report.given')}</h4>
          <ul>
            {finding.given.map((g) => (
              <li key={g.evidenceId} lang={locale}>
                {g.label}: <q>{g.quote ?? t('report.noQuote')}</q>
              </li>
            ))}
          </ul>
        </>
      )}
      {finding.missing.length > 0 && finding.status !== 'not-answered' && (
        <>
          <h4>{t('report.missing')}</h4>
          <ul>
            {finding.missing.map((m) => (
              <li key={m.evidenceId} lang={locale}>
                {m.label}
                {m.essential ? ` (${t('report.essential')})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {finding.redFlags.length > 0 && (
        <>
          <h4>{t('report.redFlags')}</h4>
          <ul>
            {finding.redFlags.map((f) => (
              <li key={f.redFlagId} lang={locale}>
                {f.label}
                {f.quote ? (
                  <>
                    {' '}
                    — <q>{f.quote}</q>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
      {finding.recommendations.length > 0 && (
        <>
          <h4>{t('report.recommendations')}</h4>
          <ul>
            {finding.recommendations.map((r) => (
              <li key={r.for} lang={locale}>
                {r.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {finding.status !== 'not-answered' && (
        <details>
          <summary>{t('report.modelAnswer')}</summary>
          <p lang={locale}>{finding.modelAnswer}</p>
        </details>
      )}
    </li>
  );
}

function ChangeSummary({ report }: { report: InterviewReport }) {
  const { t } = useTranslation('rehearse');
  const change = report.change;
  if (!change) return <p>{t('report.firstAttempt')}</p>;
  const delta = change.scoreDelta > 0 ? `+${change.scoreDelta}` : String(change.scoreDelta);
  return (
    <>
      <p>{t('report.changeScore', { delta })}</p>
      {change.previousGrade && change.gradeChange && (
        <p>
          {t('report.changeGrade', { grade: t(`grades.${change.previousGrade}`) })} ({t(`report.${change.gradeChange}`)}
          )
        </p>
      )}
    </>
  );
}

/** The end-of-interview report: overall result, a finding per question in audit language, and the change since last time. */
export function ReportView({ report, scenario }: { report: InterviewReport; scenario: Scenario }) {
  const { t } = useTranslation('rehearse');
  const locale = report.locale;
  return (
    <article className="report" aria-labelledby="report-heading">
      <h2 id="report-heading" tabIndex={-1}>
        <WithIsolated text={(title) => t('report.heading', { title })} value={pickText(scenario.title, locale)} />
      </h2>
      <section className="card report-overall" aria-labelledby="overall-heading">
        <h3 id="overall-heading">{t('report.overall')}</h3>
        <p>{t('report.score', { score: report.score })}</p>
        {report.grade && <p>{t('report.grade', { grade: t(`grades.${report.grade}`) })}</p>}
        <p>{t('report.answered', { answered: report.answeredQuestions, total: report.totalQuestions })}</p>
        <h4>{t('report.change')}</h4>
        <ChangeSummary report={report} />
      </section>
      <h3>{t('report.findings')}</h3>
      <ol className="findings">
        {report.findings.map((finding, index) => (
          <FindingCard key={finding.questionId} finding={finding} index={index} scenario={scenario} locale={locale} />
        ))}
      </ol>
      <div className="actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>
        <Link href={`/${scenario.id}`} className="button primary">
          {t('report.again')}
        </Link>
        <Link href="/" className="button">
          {t('report.other')}
        </Link>
      </div>
    </article>
  );
}
