import { useId, useRef, useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@/domain/scenario/locale';
import { isBlankText } from '@/domain/text/visible-text';
import { QuestionMoves } from './question-moves';
import { canDictate, startDictation } from './voice';

type Props = {
  draft: string;
  onDraft: Dispatch<SetStateAction<string>>;
  onSubmit: () => void;
  onRepeat: () => void;
  onRephrase: () => void;
  onDontKnow: () => void;
  onSkip: () => void;
  locale: Locale;
};

/** Where the learner answers: the text field, dictation where the browser offers it, and the other options. */
export function AnswerForm({ draft, onDraft, onSubmit, onRepeat, onRephrase, onDontKnow, onSkip, locale }: Props) {
  const { t } = useTranslation('rehearse');
  const id = useId();
  const [listening, setListening] = useState(false);
  const stop = useRef<(() => void) | undefined>(undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isBlankText(draft)) onSubmit();
  };
  const toggleDictation = () => {
    if (listening) return stop.current?.();
    stop.current = startDictation(
      locale,
      (text) => onDraft((current) => (current ? `${current} ${text}` : text)),
      () => setListening(false),
    );
    setListening(Boolean(stop.current));
  };
  return (
    <form className="answer-form" onSubmit={submit}>
      <label htmlFor={`${id}-answer`}>{t('interview.answer')}</label>
      <p id={`${id}-help`} className="muted">
        {t('interview.answerHelp')}
      </p>
      <textarea
        id={`${id}-answer`}
        lang={locale}
        rows={6}
        value={draft}
        aria-describedby={`${id}-help`}
        onChange={(event) => onDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
        }}
      />
      <div className="actions">
        <button type="submit" className="button primary" disabled={isBlankText(draft)}>
          {t('interview.submit')}
        </button>
        {canDictate() && (
          <button type="button" className="button" aria-pressed={listening} onClick={toggleDictation}>
            {listening ? t('voice.stopDictation') : t('voice.dictate')}
          </button>
        )}
      </div>
      <QuestionMoves
        draft={draft}
        onRepeat={onRepeat}
        onRephrase={onRephrase}
        onDontKnow={onDontKnow}
        onSkip={onSkip}
      />
    </form>
  );
}
