import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessReportPayload } from '@/domain/team/readiness-report-schema';

/** Exactly what the prepared file holds, in words: who, which topics, every attempt with its result. */
export function SharePreview({ payload }: { payload: ReadinessReportPayload }) {
  const { t, i18n } = useTranslation('progress');
  const id = useId();
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  const answers = payload.attempts.reduce(
    (sum, attempt) => sum + attempt.findings.reduce((n, finding) => n + (finding.answers?.length ?? 0), 0),
    0,
  );
  return (
    <section className="share-preview" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('share.preview.heading')}</h3>
      <dl className="share-facts">
        <dt>{t('share.preview.learner')}</dt>
        <dd>
          <bdi>{payload.learner.name}</bdi>
        </dd>
        <dt>{t('share.preview.team')}</dt>
        <dd>{payload.learner.team ? <bdi>{payload.learner.team}</bdi> : t('share.preview.noTeam')}</dd>
        <dt>{t('share.preview.topics')}</dt>
        <dd>{payload.topics.map((topic) => t(`topics.${topic}`)).join(', ')}</dd>
        <dt>{t('share.preview.answers')}</dt>
        <dd>
          {payload.includesAnswers
            ? t('share.preview.answersIncluded', { count: answers })
            : t('share.preview.answersNotIncluded')}
        </dd>
        <dt>{t('share.preview.attempts')}</dt>
        <dd>{t('share.preview.attemptCount', { count: payload.attempts.length })}</dd>
      </dl>
      {payload.attempts.length > 0 && (
        <table className="share-attempts">
          <caption>{t('share.preview.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('share.preview.topic')}</th>
              <th scope="col">{t('share.preview.mode')}</th>
              <th scope="col">{t('share.preview.date')}</th>
              <th scope="col">{t('share.preview.score')}</th>
              <th scope="col">{t('share.preview.result')}</th>
              <th scope="col">{t('share.preview.complete')}</th>
              <th scope="col">{t('share.preview.findings')}</th>
            </tr>
          </thead>
          <tbody>
            {payload.attempts.map((attempt) => (
              <tr key={attempt.attemptId}>
                <th scope="row">{t(`topics.${attempt.topic}`)}</th>
                <td>{t(`modes.${attempt.mode}`)}</td>
                <td>{day.format(new Date(attempt.date))}</td>
                <td>{attempt.score}</td>
                <td>{t(`grades.${attempt.grade}`)}</td>
                <td>{attempt.complete ? t('share.preview.yes') : t('share.preview.no')}</td>
                <td>
                  {t('share.preview.findingSummary', {
                    count: attempt.findings.length,
                    missing: attempt.findings.reduce((n, finding) => n + finding.missing.length, 0),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
