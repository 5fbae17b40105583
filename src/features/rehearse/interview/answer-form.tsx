import { useId, useRef, useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@/domain/scenario/locale';
import { cutToLength } from '@/domain/text/cut-to-length';
import { isBlankText } from '@/domain/text/visible-text';
import { AnswerLength, answerLimit, counterFrom } from './answer-length';
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
  const [pasteCut, setPasteCut] = useState(false);
  const stop = useRef<(() => void) | undefined>(undefined);
  // The box refuses more than the limit itself; dictated text is cut here, as the answer must fit the record.
  const change = (update: SetStateAction<string>) =>
    onDraft((current) => cutToLength(typeof update === 'function' ? update(current) : update, answerLimit));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isBlankText(draft)) onSubmit();
  };
  const toggleDictation = () => {
    if (listening) return stop.current?.();
    stop.current = startDictation(
      locale,
      (text) => change((current) => (current ? `${current} ${text}` : text)),
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
        maxLength={answerLimit}
        aria-describedby={draft.length >= counterFrom ? `${id}-help ${id}-length` : `${id}-help`}
        onChange={(event) => change(event.target.value)}
        onPaste={(event) => {
          const field = event.currentTarget;
          const room = answerLimit - field.value.length + (field.selectionEnd - field.selectionStart);
          setPasteCut(event.clipboardData.getData('text').length > room);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
        }}
      />
      <AnswerLength length={draft.length} pasteCut={pasteCut} counterId={`${id}-length`} />
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
