import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccumulatedEvidence, AnswerRecord } from '@/domain/interview';
import { pickText, type Locale } from '@/domain/scenario/locale';
import type { Question } from '@/domain/scenario/scenario-schema';
import { coveredItems, hintOrder } from './coach-hints';

type Props = {
  question: Question;
  evidence: readonly AccumulatedEvidence[];
  /** The answers the evidence indexes into: earlier ones first, the one being typed last. */
  answers: readonly Pick<AnswerRecord, 'text'>[];
  earlierCount: number;
  locale: Locale;
};

/**
 * What the answer already covers, quoted from the learner's words, and how many points remain; the missing
 * items stay hidden until asked for, one hint at a time, so practice is recall rather than copying a key.
 */
export function CoachHints({ question, evidence, answers, earlierCount, locale }: Props) {
  const { t } = useTranslation('coaching');
  const { t: tr } = useTranslation('rehearse');
  const [revealed, setRevealed] = useState<string[]>([]);
  const covered = useMemo(
    () => coveredItems(question.evidence, evidence, answers, earlierCount),
    [question, evidence, answers, earlierCount],
  );
  const missing = hintOrder(question.evidence, new Set(covered.map((c) => c.item.id)));
  const shown = missing.filter((item) => revealed.includes(item.id));
  const next = missing.find((item) => !revealed.includes(item.id));
  return (
    <>
      <p>{t('intro')}</p>
      {covered.length > 0 ? (
        <ul className="coach-covered">
          {covered.map(({ item, status, quote, fromEarlier }) => (
            <li key={item.id} lang={locale} data-status={status}>
              <span aria-hidden="true">✓ </span>
              <span className="coach-item">{pickText(item.label, locale)}</span>
              {quote ? (
                <>
                  {': '}
                  <q>{quote}</q>
                </>
              ) : null}
              {fromEarlier ? ` · ${tr('coach.fromEarlier')}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('nothingYet')}</p>
      )}
      <p className="coach-remaining" data-testid="coach-remaining">
        {missing.length > 0 ? t('remaining', { count: missing.length }) : t('allCovered')}
      </p>
      {shown.length > 0 && (
        <>
          <h3 id="coach-hints-heading">{t('hintsHeading')}</h3>
          <ul className="coach-hints" aria-labelledby="coach-hints-heading">
            {shown.map((item) => (
              <li key={item.id} lang={locale}>
                <span className="coach-item">{pickText(item.label, locale)}</span>
                {item.essential ? ` · ${tr('coach.essential')}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {next ? (
        <button type="button" className="button" onClick={() => setRevealed((ids) => [...ids, next.id])}>
          {shown.length > 0 ? t('nextHint') : t('hint')}
        </button>
      ) : (
        shown.length > 0 && missing.length > 0 && <p className="muted">{t('noMoreHints')}</p>
      )}
    </>
  );
}
