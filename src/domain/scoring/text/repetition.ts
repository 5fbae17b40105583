import type { Span } from '../score-types';
import type { Structure } from './structure';
import { isWordToken, type Token } from './tokenize';

// Short sentences ("Yes.", "That's it.") repeat in honest answers; only longer ones count as repetition.
const minimumWords = 4;

/** Sentences that repeat an earlier one word for word: their indexes, and the spans of the copies. */
export type Repeats = { sentences: ReadonlySet<number>; spans: Span[] };

/**
 * Finds word-for-word copies of earlier sentences. Every cue reaches no further than its sentence, so a copy is
 * judged exactly like the first: leaving copies out of matching changes no status and saves time on long answers.
 */
export function repeatedSentences(tokens: readonly Token[], structure: Structure): Repeats {
  const seen = new Set<string>();
  const sentences = new Set<number>();
  const spans: Span[] = [];
  let words: string[] = [];
  let start = 0;
  let end = 0;
  const close = (sentence: number): void => {
    if (words.length >= minimumWords) {
      const key = words.join(' ');
      if (seen.has(key)) {
        sentences.add(sentence);
        spans.push({ start, end });
      } else seen.add(key);
    }
    words = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const sentence = structure.sentenceOf[i] ?? 0;
    if (i > 0 && sentence !== structure.sentenceOf[i - 1]) close(structure.sentenceOf[i - 1] ?? 0);
    if (!isWordToken(token)) continue;
    if (words.length === 0) start = token.start;
    words.push(token.norm);
    end = token.end;
  }
  if (tokens.length > 0) close(structure.sentenceOf[tokens.length - 1] ?? 0);
  return { sentences, spans };
}
