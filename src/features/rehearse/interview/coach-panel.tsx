import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText, type Locale } from '@/domain/scenario/locale';
import type { Probe, Question } from '@/domain/scenario/scenario-schema';
import type { QuestionScorer } from '@/domain/scenario/question-scorer';
import { EvidenceStatusList } from './evidence-status-list';

type Props = { question: Question; probe: Probe | undefined; draft: string; locale: Locale; score: QuestionScorer };

/** Practice mode: which expected evidence the answer being typed already covers, updated as the learner types. */
export function CoachPanel({ question, probe, draft, locale, score }: Props) {
  const { t } = useTranslation('rehearse');
  const text = useDeferredValue(draft);
  const result = useMemo(() => score(text, question, locale, probe), [score, text, question, locale, probe]);
  const statuses = useMemo(() => new Map(result.evidence.map((e) => [e.id, e.status])), [result]);
  const flags = result.redFlags
    .map((hit) => question.redFlags.find((f) => f.id === hit.id))
    .filter((f) => f !== undefined);
  return (
    // data-scored-length tells which draft the panel shows, so a benchmark can see when it caught up with a keystroke.
    <aside className="card coach" aria-labelledby="coach-heading" data-scored-length={text.length}>
      <h2 id="coach-heading">{t('coach.heading')}</h2>
      <p>{t('coach.intro')}</p>
      <EvidenceStatusList question={question} statuses={statuses} locale={locale} />
      {flags.length > 0 && (
        <div className="red-flags">
          <p>{t('coach.redFlags')}</p>
          <ul>
            {flags.map((flag) => (
              <li key={flag.id} lang={locale}>
                {pickText(flag.label, locale)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="muted" data-testid="coach-score">
        {t('coach.score', { score: result.score })}
      </p>
    </aside>
  );
}
