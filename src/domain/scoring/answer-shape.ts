import type { Unit } from './words/analyze';
import { listJoiners, termPhraseWords } from './text/every-language';
import type { LanguageLexicon } from './words/lexicon';
import type { Structure } from './text/structure';
import { isWordToken, type Token } from './text/tokenize';

type SentenceWords = { words: number; functionWords: number; otherWords: number };

/**
 * Sentences that are bare lists of terms: no function word or verb besides "and"/"or", or a short term
 * phrase ("MFA for admins") with nothing but prepositions and articles around the terms.
 */
export function listSentences(tokens: readonly Token[], structure: Structure, lexicon: LanguageLexicon): Set<number> {
  const counts = new Map<number, SentenceWords>();
  tokens.forEach((token, i) => {
    if (!isWordToken(token)) return;
    const sentence = structure.sentenceOf[i] ?? 0;
    const count = counts.get(sentence) ?? { words: 0, functionWords: 0, otherWords: 0 };
    count.words++;
    if ((lexicon.stop.has(token.norm) || lexicon.verbs.has(token.norm)) && !listJoiners.has(token.norm)) {
      count.functionWords++;
      if (!termPhraseWords.has(token.norm)) count.otherWords++;
    }
    counts.set(sentence, count);
  });
  const bare = ({ words, functionWords, otherWords }: SentenceWords): boolean =>
    functionWords === 0 || (words <= 4 && otherWords === 0);
  return new Set([...counts].filter(([, count]) => bare(count)).map(([sentence]) => sentence));
}

/** True when every sentence with words is a bare list. */
export function isKeywordList(tokens: readonly Token[], structure: Structure, lists: ReadonlySet<number>): boolean {
  let any = false;
  for (let i = 0; i < tokens.length; i++) {
    if (!isWordToken(tokens[i] as Token)) continue;
    if (!lists.has(structure.sentenceOf[i] ?? 0)) return false;
    any = true;
  }
  return any;
}

/** Share of the answer's content words that belong to the question's vocabulary. */
export function topicOverlap(
  units: readonly Unit[],
  unitKeys: readonly (readonly string[])[],
  topicKeys: ReadonlySet<string>,
): { content: number; share: number } {
  let content = 0;
  let onTopic = 0;
  units.forEach((unit, u) => {
    if (!unit.content) return;
    content++;
    if ((unitKeys[u] ?? unit.keys).some((key) => topicKeys.has(key))) onTopic++;
  });
  return { content, share: content === 0 ? 0 : onTopic / content };
}

/** Cue categories present anywhere in the answer. */
export function hasCue(structure: Structure, category: 'vague' | 'hedge' | 'epistemic'): boolean {
  return structure.cues.some((cue) => cue.categories.has(category));
}
