import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentResult, maxAttempts, type AnswerRecord, type InterviewContext } from '@/domain/interview';
import { answersForAttempt } from '@/domain/interview/transcript';
import { pickText, type Locale } from '@/domain/scenario/locale';
import type { Question, Scenario } from '@/domain/scenario/scenario-schema';
import { earnsCredit } from '@/domain/scoring/grade';
import { AnswerReasons } from './answer-reasons';
import { EvidenceStatusList } from './evidence-status-list';
import { HighlightedAnswer, type Highlight } from './highlighted-answer';

function highlightsOf(answer: AnswerRecord, question: Question, locale: Locale): Highlight[] {
  return answer.result.evidence
    .filter((e) => earnsCredit(e.status))
    .flatMap((e) => {
      const label = pickText(question.evidence.find((item) => item.id === e.id)?.label ?? { en: e.id }, locale);
      return e.spans.map((span) => ({ ...span, label }));
    });
}

/** Practice mode, after a main question: the learner's words with evidence highlighted, what is missing, a model answer. */
export function FeedbackPanel({
  scenario,
  context,
  onRetry,
  onContinue,
  canRetry,
}: {
  scenario: Scenario;
  context: InterviewContext;
  onRetry: () => void;
  onContinue: () => void;
  canRetry: boolean;
}) {
  const { t } = useTranslation('rehearse');
  const locale = context.locale;
  const position = context.position;
  const question = scenario.questions.find((q) => q.id === position?.questionId);
  const result = useMemo(() => currentResult(scenario, context), [scenario, context]);
  const answers = position
    ? answersForAttempt(context.transcript, position.questionId, position.attempt).filter((a) => a.text.trim())
    : [];
  if (!question || !result || !position) return null;
  const statuses = new Map(result.evidence.map((e) => [e.id, e.status]));
  const missing = question.evidence.filter((item) => result.missingEssential.includes(item.id));
  const retriesLeft = maxAttempts - position.attempt;
  return (
    <section className="card feedback" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading" tabIndex={-1}>
        {t('feedback.heading')}
      </h2>
      <p className="grade-line">{t('feedback.grade', { grade: t(`grades.${result.grade}`), score: result.score })}</p>
      <h3>{t('feedback.yourWords')}</h3>
      {answers.map((answer, i) => (
        <HighlightedAnswer
          key={i}
          text={answer.text}
          highlights={highlightsOf(answer, question, locale)}
          lang={locale}
        />
      ))}
      <AnswerReasons answers={answers} question={question} locale={locale} />
      <h3>{t('feedback.given')}</h3>
      <EvidenceStatusList question={question} statuses={statuses} locale={locale} />
      <h3>{t('feedback.missing')}</h3>
      {missing.length ? (
        <ul>
          {missing.map((item) => (
            <li key={item.id} lang={locale}>
              {pickText(item.label, locale)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('feedback.noneMissing')}</p>
      )}
      <h3>{t('feedback.modelAnswer')}</h3>
      <p lang={locale}>{pickText(question.modelAnswer, locale)}</p>
      {question.tip && (
        <>
          <h3>{t('feedback.tip')}</h3>
          <p lang={locale}>{pickText(question.tip, locale)}</p>
        </>
      )}
      <div className="actions">
        {canRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {t('feedback.retry')} ({t('feedback.retriesLeft', { count: retriesLeft })})
          </button>
        )}
        <button type="button" className="button primary" onClick={onContinue}>
          {t('feedback.continue')}
        </button>
      </div>
    </section>
  );
}
