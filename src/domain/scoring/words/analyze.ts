import type { CompoundPart } from './compounds';
import type { LanguageLexicon } from './lexicon';
import { parseQuantity } from '../text/quantities';
import { stemVariants, stemWord } from './stem-cache';
import { isWordToken, type Token } from '../text/tokenize';
import { trieLongest } from './word-trie';

/** A unit of meaning in a text: a word, a compound part, a quantity or a multi-word synonym. */
export type Unit = {
  /** Match keys: stems, "syn:<group>", "dur:<hours>", "freq:<hours>", "num:<n>", or "w:<word>" for function words. */
  keys: readonly string[];
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  /** False for function words. */
  content: boolean;
  /** The single word, for typo lookups; null for quantities, multi-word synonyms and function words. */
  word: string | null;
};

export type AnalyzeOptions = {
  lexicon: LanguageLexicon;
  /** Languages with compounds (German): split them against the question's vocabulary. */
  split?: (word: string) => CompoundPart[] | null;
  /** Answers in a language that borrows English (German) also get English stems, as English terms are common in IT talk. */
  englishToo: boolean;
  /** Answers keep the own stems of a multi-word synonym's words; phrases do not, or "written down" would match any "down". */
  keepConstituents: boolean;
};

// Keys are shared, never mutated: scoring on every keystroke should not churn the garbage collector.
const bilingualCache = new Map<string, readonly string[]>();
const functionWordKeys = new Map<string, readonly string[]>();

function stemsOf(word: string, options: AnalyzeOptions): readonly string[] {
  const own = stemVariants(word, options.lexicon.locale);
  if (!options.englishToo) return own;
  const known = bilingualCache.get(word);
  if (known !== undefined) return known;
  const english = stemWord(word, 'en');
  const both = own.includes(english) ? own : [...own, english];
  if (bilingualCache.size > 50_000) bilingualCache.clear();
  bilingualCache.set(word, both);
  return both;
}

function functionWordKey(norm: string): readonly string[] {
  const known = functionWordKeys.get(norm);
  if (known !== undefined) return known;
  const keys = [`w:${norm}`];
  if (functionWordKeys.size > 10_000) functionWordKeys.clear();
  functionWordKeys.set(norm, keys);
  return keys;
}

function synonymAt(
  tokens: readonly Token[],
  i: number,
  options: AnalyzeOptions,
): { length: number; id: string } | null {
  const found = trieLongest(options.lexicon.synonyms, (k) => {
    const token = tokens[i + k];
    return token !== undefined && isWordToken(token) ? stemWord(token.norm, options.lexicon.locale) : null;
  });
  return found === null ? null : { length: found.length, id: found.value };
}

function synonymKey(stem: string, options: AnalyzeOptions): string | null {
  const id = options.lexicon.synonyms.next.get(stem)?.value;
  return id === undefined ? null : `syn:${id}`;
}

function compoundUnits(token: Token, index: number, parts: readonly CompoundPart[], options: AnalyzeOptions): Unit[] {
  // Offsets inside the word map onto the original text only when lower-casing kept its length.
  const exact = token.end - token.start === token.norm.length;
  return parts.map((part) => {
    const synonym = synonymKey(stemWord(part.text, options.lexicon.locale), options);
    const keys = synonym === null ? stemsOf(part.text, options) : [...stemsOf(part.text, options), synonym];
    const start = exact ? token.start + part.offset : token.start;
    const end = exact ? start + part.text.length : token.end;
    return { keys, start, end, firstToken: index, lastToken: index, content: true, word: part.text };
  });
}

function pushWordUnits(units: Unit[], tokens: readonly Token[], i: number, options: AnalyzeOptions): void {
  const token = tokens[i] as Token;
  const { start, end, norm } = token;
  if (options.lexicon.stop.has(norm)) {
    units.push({ keys: functionWordKey(norm), start, end, firstToken: i, lastToken: i, content: false, word: null });
    return;
  }
  const parts = token.kind === 'word' && options.split !== undefined ? options.split(norm) : null;
  if (parts !== null) units.push(...compoundUnits(token, i, parts, options));
  else units.push({ keys: stemsOf(norm, options), start, end, firstToken: i, lastToken: i, content: true, word: norm });
}

/** Turns tokens into units, recognising quantities, synonyms and compounds. */
export function analyzeTokens(tokens: readonly Token[], options: AnalyzeOptions): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i] as Token;
    if (!isWordToken(token)) {
      i++;
      continue;
    }
    // Synonyms first: "two-factor" is a term, not the number two.
    const synonym = synonymAt(tokens, i, options);
    const quantity = synonym === null ? parseQuantity(tokens, i) : null;
    if (quantity !== null || synonym !== null) {
      const last = quantity !== null ? quantity.end - 1 : i + (synonym?.length ?? 1) - 1;
      const keys = [...(quantity?.keys ?? [`syn:${synonym?.id ?? ''}`])];
      // A synonym unit keeps its words' own stems, so "change request" still matches a phrase about "change".
      const constituents = quantity === null && (options.keepConstituents || last === i);
      for (let k = i; k <= last && constituents; k++) keys.push(...stemsOf(tokens[k]?.norm ?? '', options));
      const end = tokens[last]?.end ?? token.end;
      const word = quantity === null && last === i && token.kind === 'word' ? token.norm : null;
      units.push({ keys, start: token.start, end, firstToken: i, lastToken: last, content: true, word });
      i = last + 1;
      continue;
    }
    pushWordUnits(units, tokens, i, options);
    i++;
  }
  return units;
}
