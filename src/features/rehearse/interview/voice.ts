import { languageOf, type Locale } from '@/domain/language/locale-codes';

// Speech is a browser extra: everything here is feature-detected, and the UI hides what is missing.

type RecognitionResultEvent = {
  resultIndex: number;
  results: ArrayLike<{ isFinal: boolean; 0: { transcript: string } }>;
};
export type Recognition = {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onend: (() => void) | null;
  onerror: (() => void) | null;
  start: () => void;
  stop: () => void;
};
type RecognitionConstructor = new () => Recognition;

function recognitionConstructor(): RecognitionConstructor | undefined {
  if (typeof window === 'undefined') return undefined;
  const w = window as unknown as {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

export function canDictate(): boolean {
  return recognitionConstructor() !== undefined;
}

export function canSpeak(): boolean {
  return (
    typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined'
  );
}

/** Reads a text aloud in the interview's language, replacing whatever was being read. */
export function speak(text: string, locale: Locale): void {
  if (!canSpeak() || !text) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = languageOf(locale).speech;
  window.speechSynthesis.speak(utterance);
}

/** Starts dictation; final phrases are handed to onText. Returns a stop function, or undefined without support. */
export function startDictation(
  locale: Locale,
  onText: (text: string) => void,
  onEnd: () => void,
): (() => void) | undefined {
  const Constructor = recognitionConstructor();
  if (!Constructor) return undefined;
  const recognition = new Constructor();
  recognition.lang = languageOf(locale).speech;
  recognition.continuous = true;
  recognition.interimResults = false;
  recognition.onresult = (event) => {
    for (let i = event.resultIndex; i < event.results.length; i++) {
      const result = event.results[i];
      if (result?.isFinal) onText(result[0].transcript.trim());
    }
  };
  recognition.onend = onEnd;
  recognition.onerror = onEnd;
  recognition.start();
  return () => recognition.stop();
}
