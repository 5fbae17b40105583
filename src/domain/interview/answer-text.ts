import { fieldLimits } from '@/domain/records/limits';

/** Whether a text fits in a stored answer; a longer one stays with the learner instead of entering the transcript. */
export function fitsAnswerLimit(text: string): boolean {
  return text.length <= fieldLimits.answerChars;
}

/**
 * The text an answer keeps when the interview cannot wait for the learner to shorten it (the time is up): the
 * first `answerChars` characters, never cutting a character that takes two UTF-16 units in half.
 */
export function boundAnswerText(text: string): string {
  if (fitsAnswerLimit(text)) return text;
  const end = fieldLimits.answerChars;
  const splitsPair = /[\uD800-\uDBFF]/.test(text[end - 1]!) && /[\uDC00-\uDFFF]/.test(text[end]!);
  return text.slice(0, splitsPair ? end - 1 : end);
}
