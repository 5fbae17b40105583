import { useTranslation } from 'react-i18next';
import type { AnswerRecord, Turn } from '@/domain/interview';
import type { Locale } from '@/domain/scenario/locale';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { isBlankText } from '@/domain/text/visible-text';
import { auditorText } from './auditor-text';

function learnerText(
  answer: AnswerRecord,
  t: (key: 'interview.skipped' | 'interview.dontKnowText' | 'interview.timedOut' | 'interview.noAnswer') => string,
): string {
  if (answer.kind === 'skip') return t('interview.skipped');
  if (answer.kind === 'dont-know') return t('interview.dontKnowText');
  if (answer.kind === 'timeout' && isBlankText(answer.text)) return t('interview.timedOut');
  return answer.text || t('interview.noAnswer');
}

/** The conversation so far, read like a transcript; the newest auditor turn is announced to screen readers. */
export function TranscriptView({
  turns,
  scenario,
  locale,
}: {
  turns: readonly Turn[];
  scenario: Scenario;
  locale: Locale;
}) {
  const { t } = useTranslation('rehearse');
  const lastAuditor = turns.findLastIndex((turn) => turn.role === 'auditor');
  const latest = turns[lastAuditor];
  return (
    <>
      <ol className="transcript" aria-label={t('interview.transcript')}>
        {turns.map((turn, index) => (
          <li key={index} className={`turn turn-${turn.role}`}>
            <span className="speaker">{turn.role === 'auditor' ? t('interview.auditor') : t('interview.you')}</span>
            <p lang={locale}>
              {turn.role === 'auditor' ? auditorText(turn.message, scenario, locale, t) : learnerText(turn.answer, t)}
            </p>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" lang={locale}>
        {latest?.role === 'auditor' ? auditorText(latest.message, scenario, locale, t) : ''}
      </p>
    </>
  );
}
