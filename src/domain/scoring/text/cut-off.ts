import type { Structure } from './structure';
import { isWordToken, type Token } from './tokenize';

/**
 * The first token of the unfinished last sentence when the timer ended the answer: the words after the last
 * sentence end, if any follow it. `tokens.length` when the answer ends its last sentence.
 */
export function cutOffFrom(tokens: readonly Token[], structure: Structure): number {
  let last = tokens.length - 1;
  while (last >= 0 && !isWordToken(tokens[last] as Token) && tokens[last]?.kind !== 'sentence-end') last--;
  if (last < 0 || tokens[last]?.kind === 'sentence-end') return tokens.length;
  const sentence = structure.sentenceOf[last];
  let first = last;
  while (first > 0 && structure.sentenceOf[first - 1] === sentence) first--;
  return first;
}
