import type { Span } from '../score-types';
import type { Structure } from './structure';
import { isWordToken, type Token } from './tokenize';

// Short sentences ("Yes.", "That's it.") repeat in honest answers; only longer ones count as repetition.
const minimumWords = 4;

/** Sentences that repeat an earlier one word for word: the spans of the copies. */
export function repeatedSentences(tokens: readonly Token[], structure: Structure): Span[] {
  const sentences = new Map<number, { words: string[]; start: number; end: number }>();
  tokens.forEach((token, i) => {
    if (!isWordToken(token)) return;
    const s = structure.sentenceOf[i] ?? 0;
    const sentence = sentences.get(s) ?? { words: [], start: token.start, end: token.end };
    sentence.words.push(token.norm);
    sentence.end = token.end;
    sentences.set(s, sentence);
  });
  const seen = new Set<string>();
  const copies: Span[] = [];
  for (const { words, start, end } of sentences.values()) {
    if (words.length < minimumWords) continue;
    const key = words.join(' ');
    if (seen.has(key)) copies.push({ start, end });
    else seen.add(key);
  }
  return copies;
}
