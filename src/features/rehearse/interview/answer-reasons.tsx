import { useTranslation } from 'react-i18next';
import type { AnswerRecord } from '@/domain/interview';
import { pickText, type Locale } from '@/domain/scenario/locale';
import type { Question } from '@/domain/scenario/scenario-schema';
import type { Span } from '@/domain/scoring/score-types';

type Reason = { key: string; text: string; words: string };

/** The learner's own words behind a reason, as they wrote them ("…" between separate places). */
const wordsOf = (text: string, spans: readonly Span[]) =>
  spans
    .map((span) => text.slice(span.start, span.end).trim())
    .filter(Boolean)
    .join(' … ');

/**
 * Why the answers earned what they did, beyond the evidence list: red flags raised, and what the scorer noticed
 * (a bare keyword list, repetition, a sentence the timer cut off, practice that has ended, a denial, a plan, a
 * hedge, vagueness), each with the words that caused it.
 */
export function AnswerReasons({
  answers,
  question,
  locale,
}: {
  answers: readonly AnswerRecord[];
  question: Question;
  locale: Locale;
}) {
  const { t } = useTranslation('rehearse');
  const reasons: Reason[] = answers.flatMap((answer, index) => [
    ...answer.result.redFlags.map((flag) => {
      const label = question.redFlags.find((f) => f.id === flag.id)?.label;
      return {
        key: `${index}:flag:${flag.id}`,
        text: t('feedback.reasons.redFlag', { flag: label ? pickText(label, locale) : flag.id }),
        words: wordsOf(answer.text, flag.spans),
      };
    }),
    ...(answer.result.diagnostics ?? []).map((diagnostic) => ({
      key: `${index}:${diagnostic.kind}`,
      text: t(`feedback.reasons.${diagnostic.kind}`),
      words: wordsOf(answer.text, diagnostic.spans),
    })),
  ]);
  if (reasons.length === 0) return null;
  return (
    <>
      <h3>{t('feedback.reasonsHeading')}</h3>
      <ul className="answer-reasons">
        {reasons.map((reason) => (
          <li key={reason.key}>
            {reason.text}
            {reason.words && (
              <>
                {' '}
                <q lang={locale}>
                  <mark className="concern">{reason.words}</mark>
                </q>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
