import { useTranslation } from 'react-i18next';
import { pickText, type Locale } from '@/domain/scenario/locale';
import type { Question } from '@/domain/scenario/scenario-schema';
import type { EvidenceStatus } from '@/domain/scoring/score-types';

const marks: Record<EvidenceStatus, string> = { covered: '✓', partial: '◐', negated: '✗', planned: '…', missing: '○' };

/** The question's evidence items with the status the answer earned for each. */
export function EvidenceStatusList({
  question,
  statuses,
  fromEarlier,
  locale,
}: {
  question: Question;
  statuses: ReadonlyMap<string, EvidenceStatus>;
  /** Items whose status an earlier answer to the question gave. */
  fromEarlier?: ReadonlySet<string>;
  locale: Locale;
}) {
  const { t } = useTranslation('rehearse');
  return (
    <ul className="evidence-list">
      {question.evidence.map((item) => {
        const status = statuses.get(item.id) ?? 'missing';
        return (
          <li key={item.id} className={`evidence evidence-${status}`} data-status={status}>
            <span aria-hidden="true" className="evidence-mark">
              {marks[status]}
            </span>
            <span lang={locale}>{pickText(item.label, locale)}</span>
            <span className="evidence-status">
              {t(`coach.${status}`)}
              {fromEarlier?.has(item.id) ? ` · ${t('coach.fromEarlier')}` : ''}
              {item.essential ? ` · ${t('coach.essential')}` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
