import { useTranslation } from 'react-i18next';
import type { Finding, FindingCap } from '@/domain/interview';
import { pickText, type Locale } from '@/domain/scenario/locale';
import type { Question, Scenario } from '@/domain/scenario/scenario-schema';

/** What a cap names, in the learner's words: the evidence item or red flag it concerns (a question cap names none). */
function capItemLabel(cap: FindingCap, question: Question | undefined, locale: Locale): string {
  if (cap.code === 'not-answered' || cap.code === 'skipped') return '';
  const named =
    cap.code === 'minor-red-flag' || cap.code === 'major-red-flag'
      ? question?.redFlags.find((f) => f.id === cap.id)?.label
      : question?.evidence.find((e) => e.id === cap.id)?.label;
  return named ? pickText(named, locale) : cap.id;
}

/** One main question's finding in audit language: grade and why, evidence given and missing, advice. */
export function FindingCard({
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
      {finding.caps.length > 0 && (
        <div className="finding-caps">
          <h4>{t('report.whyGrade')}</h4>
          <ul>
            {finding.caps.map((cap) => (
              <li key={`${cap.code}:${cap.id}`} lang={locale}>
                {t(`report.caps.${cap.code}`, {
                  limit: t(`grades.${cap.limit}`),
                  item: capItemLabel(cap, question, locale),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
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
