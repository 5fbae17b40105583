import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** This tab had the interview and handed it over (or lost it); else another tab had it from the start. */
  moved: boolean;
  /** The hand-over to this tab is under way. */
  taking: boolean;
  onContinue: () => void;
};

/** Says that the interview runs in another tab, and offers to continue it here. */
export function OwnershipNotice({ moved, taking, onContinue }: Props) {
  const { t } = useTranslation('rehearse');
  const heading = useRef<HTMLHeadingElement>(null);
  // The answer box that had the focus is gone; the heading takes it, so a screen reader says what happened.
  useEffect(() => heading.current?.focus(), [moved]);
  return (
    <section className="card notice" aria-labelledby="ownership-heading">
      <h2 id="ownership-heading" ref={heading} tabIndex={-1}>
        {moved ? t('ownership.movedHeading') : t('ownership.elsewhereHeading')}
      </h2>
      <p>{moved ? t('ownership.movedText') : t('ownership.elsewhereText')}</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={onContinue} disabled={taking}>
          {t('ownership.continueHere')}
        </button>
      </div>
      {taking && <p role="status">{t('ownership.taking')}</p>}
    </section>
  );
}
