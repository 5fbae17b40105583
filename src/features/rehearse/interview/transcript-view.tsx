import { useTranslation } from 'react-i18next';
import type { Turn } from '@/domain/interview';
import type { Locale } from '@/domain/scenario/locale';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { auditorText } from './auditor-text';
import { learnerText } from './learner-text';

/** The conversation so far, read like a transcript; the newest auditor turn is announced to screen readers. */
export function TranscriptView({
  turns,
  scenario,
  locale,
  announce = true,
}: {
  turns: readonly Turn[];
  scenario: Scenario;
  locale: Locale;
  /** Announce the newest auditor turn (a live interview); a finished report's transcript is read, not announced. */
  announce?: boolean;
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
      {announce && (
        <p className="visually-hidden" aria-live="polite" aria-atomic="true" lang={locale}>
          {latest?.role === 'auditor' ? auditorText(latest.message, scenario, locale, t) : ''}
        </p>
      )}
    </>
  );
}
