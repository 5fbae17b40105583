import { analyzeTokens, type AnalyzeOptions, type Unit } from '../words/analyze';
import type { FuzzyEntry } from './fuzzy';
import { analyzeStructure, negationCueTokens } from '../text/structure';
import { articles } from '../text/every-language';
import { tokenize, type Token } from '../text/tokenize';

/** One word position of a phrase: any of its keys matches. */
export type Slot = { keys: readonly string[] };

export type PatternKind = 'evidence' | 'redFlag';

/** A compiled phrase. A negative pattern ("no MFA", "restores are never tested") is met where its words appear negated. */
export type Pattern = {
  kind: PatternKind;
  target: number;
  phrase: string;
  slots: Slot[];
  negative: boolean;
  /** All slots come from one compound word ("Testplan"): its parts must stand close together. */
  compact: boolean;
};

/** Where an answer key can fill a slot. */
export type Posting = { pattern: number; slot: number };

/**
 * Slots of a phrase: its content words. Function words join in when they carry the phrase: "per host" is not
 * just "host", and "when we have time" is not just "time". Articles never do.
 */
function slotUnits(units: readonly Unit[], tokens: readonly Token[]): Unit[] {
  const meaningful = units.filter((u) => u.content || !articles.has(tokens[u.firstToken]?.norm ?? ''));
  const content = meaningful.filter((u) => u.content);
  const functionWords = meaningful.length - content.length;
  const single = content.length === 1 && content[0]?.firstToken === content[0]?.lastToken;
  const carried =
    (single && functionWords > 0) ||
    content.length === 0 ||
    (meaningful.length >= 3 && content.length * 2 < meaningful.length);
  return carried ? meaningful : content;
}

/** Whole compound words of a phrase, each with the keys of its parts (the parts come from one token). */
function compoundEntries(chosen: readonly Unit[], tokens: readonly Token[]): FuzzyEntry[] {
  const byToken = new Map<number, Unit[]>();
  for (const unit of chosen)
    if (unit.content) byToken.set(unit.firstToken, [...(byToken.get(unit.firstToken) ?? []), unit]);
  return [...byToken]
    .filter(([, parts]) => parts.length > 1)
    .map(([t, parts]) => {
      const word = tokens[t]?.norm ?? '';
      return { word, stem: word, keys: [], parts: parts.map((u) => u.keys) };
    });
}

/** Compiles one phrase; null when nothing matchable is left (a phrase of negation words only). */
export function compilePattern(
  phrase: string,
  place: { kind: PatternKind; target: number },
  options: AnalyzeOptions,
): { pattern: Pattern; vocabulary: FuzzyEntry[] } | null {
  const tokens = tokenize(phrase);
  const negationTokens = negationCueTokens(analyzeStructure(tokens, options.lexicon));
  const units = analyzeTokens(tokens, options).filter((u) => !negationTokens.has(u.firstToken));
  const chosen = slotUnits(units, tokens);
  if (chosen.length === 0) return null;
  const vocabulary: FuzzyEntry[] = chosen.flatMap((u) =>
    u.word === null ? [] : [{ word: u.word, stem: u.keys[0] ?? u.word, keys: u.keys }],
  );
  vocabulary.push(...compoundEntries(chosen, tokens));
  const compact = chosen.length > 1 && chosen.every((u) => u.firstToken === chosen[0]?.firstToken);
  const pattern = {
    ...place,
    phrase,
    slots: chosen.map((u) => ({ keys: u.keys })),
    negative: negationTokens.size > 0,
    compact,
  };
  return { pattern, vocabulary };
}

/** Key -> slots index over all patterns. */
export function indexPatterns(patterns: readonly Pattern[]): Map<string, Posting[]> {
  const index = new Map<string, Posting[]>();
  patterns.forEach((pattern, p) => {
    pattern.slots.forEach((slot, s) => {
      for (const key of new Set(slot.keys)) {
        const list = index.get(key) ?? [];
        list.push({ pattern: p, slot: s });
        index.set(key, list);
      }
    });
  });
  return index;
}
