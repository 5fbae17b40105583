import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { isBlankText } from '@/domain/text/visible-text';

type Props = {
  draft: string;
  onRepeat: () => void;
  onRephrase: () => void;
  onDontKnow: () => void;
  onSkip: () => void;
};

type Discarding = 'skip' | 'dontKnow';

/** The moves besides answering: hear the question again or differently, say "I don't know", skip; the last two ask first when text would be lost. */
export function QuestionMoves({ draft, onRepeat, onRephrase, onDontKnow, onSkip }: Props) {
  const { t } = useTranslation('rehearse');
  const [asking, setAsking] = useState<Discarding | null>(null);
  const skipButton = useRef<HTMLButtonElement>(null);
  const dontKnowButton = useRef<HTMLButtonElement>(null);
  const moves = { skip: onSkip, dontKnow: onDontKnow };
  const start = (move: Discarding) => (isBlankText(draft) ? moves[move]() : setAsking(move));
  return (
    <div className="actions secondary-actions">
      <button type="button" className="button" onClick={onRepeat}>
        {t('interview.repeat')}
      </button>
      <button type="button" className="button" onClick={onRephrase}>
        {t('interview.rephrase')}
      </button>
      <button type="button" className="button" ref={dontKnowButton} onClick={() => start('dontKnow')}>
        {t('interview.dontKnow')}
      </button>
      <button type="button" className="button" ref={skipButton} onClick={() => start('skip')}>
        {t('interview.skip')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t(`interview.discard.${asking}.title`)}
          message={t(`interview.discard.${asking}.message`)}
          confirmLabel={t(`interview.discard.${asking}.confirm`)}
          cancelLabel={t('interview.discard.keep')}
          onConfirm={() => {
            setAsking(null);
            moves[asking]();
          }}
          onCancel={() => {
            setAsking(null);
            (asking === 'skip' ? skipButton : dontKnowButton).current?.focus();
          }}
        />
      )}
    </div>
  );
}
