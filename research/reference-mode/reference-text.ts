import type { Locale } from '@/domain/scenario/locale';
import type { Unit } from '@/domain/scoring/words/analyze';
import { primaryKey } from './primary-key';
import antonymData from './data/antonyms.json';
import relatedData from './data/related-en.json';
import { analyzeText, negatedUnits } from '@/domain/scoring/suggest/evidence-suggestions';
import { claimsOf, type Claim } from './reference-claims';
import { poleMentions, type PoleMention } from './reference-poles';
import { stemWord } from '@/domain/scoring/words/stem-cache';

/** A text analysed for reference-answer mode: its content units and what the comparison features need. */
export type ReferenceText = {
  content: Unit[];
  keys: ReadonlySet<string>;
  /** Stems of every word, function words included ("more", "less", "same"). */
  stems: ReadonlySet<string>;
  /** Keys of content units right after a negation ("not connected"). */
  negatedKeys: ReadonlySet<string>;
  /** Sentence index of each content unit. */
  sentenceOf: ReadonlyMap<Unit, number>;
  numbers: ReadonlySet<string>;
  firstWord: string;
  negation: boolean;
  /** Groups of related everyday words (English) the text uses, and the groups of each content unit. */
  related: ReadonlySet<number>;
  relatedOf: ReadonlyMap<Unit, readonly number[]>;
  /** Lower-case form of every token, by token index (content units point into it with firstToken). */
  tokenNorms: readonly string[];
  /** Pole words (higher, looser, east) with their sign, and for each the keys of the content words near it. */
  poles: readonly PoleMention[];
  poleAnchors: readonly (readonly string[])[];
  /** Comparisons: which entity sits high or low on which dimension ("oil is less dense than water"). */
  claims: readonly Claim[];
};

const anchorReach = 4;

let relatedIndex: ReadonlyMap<string, number[]> | null = null;

/** Stem (or two stems joined by a space) -> related-word groups. */
function relatedGroups(): ReadonlyMap<string, number[]> {
  if (relatedIndex !== null) return relatedIndex;
  const index = new Map<string, number[]>();
  relatedData.groups.forEach((group, g) => {
    for (const term of group) {
      const key = term
        .split(' ')
        .map((w) => stemWord(w, 'en'))
        .join(' ');
      index.set(key, [...(index.get(key) ?? []), g]);
    }
  });
  relatedIndex = index;
  return index;
}

function relatedOfText(
  stems: readonly string[],
  content: readonly Unit[],
  locale: Locale,
): { related: Set<number>; relatedOf: Map<Unit, number[]> } {
  const related = new Set<number>();
  const relatedOf = new Map<Unit, number[]>();
  if (locale !== 'en') return { related, relatedOf };
  const index = relatedGroups();
  stems.forEach((stem, i) => {
    for (const key of [stem, `${stem} ${stems[i + 1] ?? ''}`]) for (const g of index.get(key) ?? []) related.add(g);
  });
  for (const unit of content) {
    const groups = unit.keys.flatMap((k) => index.get(k) ?? []);
    if (groups.length > 0) relatedOf.set(unit, groups);
  }
  return { related, relatedOf };
}

/** Analyses a model answer or a learner's answer for comparison. */
export function referenceText(text: string, locale: Locale): ReferenceText {
  const analysis = analyzeText(text, locale);
  const content = analysis.units.filter((u) => u.content);
  const words = analysis.tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
  const stems = words.map((t) => stemWord(t.norm, locale));
  const poles = poleMentions(analysis.tokens, analysis.structure, locale);
  const poleTokens = new Set(poles.map((p) => p.token));
  const anchorUnits = content.filter((u) => !poleTokens.has(u.firstToken));
  // A pole describes the word before it ("the sun is in the west") or the one right after it ("a lower pitch").
  const poleAnchors = poles.map((p) => {
    const inClause = anchorUnits.filter((u) => analysis.structure.clauseOf[u.firstToken] === p.clause);
    const before = inClause.filter((u) => u.lastToken < p.token && p.token - u.lastToken <= anchorReach).at(-1);
    const after = inClause.find((u) => u.firstToken > p.token && u.firstToken - p.token <= 2);
    return [before, after].filter((u) => u !== undefined).map(primaryKey);
  });
  return {
    poles,
    poleAnchors,
    claims: claimsOf(analysis.tokens, analysis.units, analysis.structure, locale),
    ...relatedOfText(stems, content, locale),
    content,
    keys: new Set(content.flatMap((u) => u.keys)),
    stems: new Set(stems),
    negatedKeys: new Set(
      [...negatedUnits(analysis.units, analysis.structure)].flatMap((i) => analysis.units[i]?.keys ?? []),
    ),
    sentenceOf: new Map(content.map((u) => [u, analysis.structure.sentenceOf[u.firstToken] ?? 0])),
    numbers: new Set(content.flatMap((u) => u.keys.filter((k) => k.startsWith('num:') || k.startsWith('dur:')))),
    firstWord: words[0]?.norm ?? '',
    negation: analysis.structure.cues.some((c) => c.categories.has('negation')),
    tokenNorms: analysis.tokens.map((t) => t.norm),
  };
}

const antonymMaps: Partial<Record<Locale, ReadonlyMap<string, ReadonlySet<string>>>> = {};

/** Stem -> stems of its opposites, per language. */
export function antonymsFor(locale: Locale): ReadonlyMap<string, ReadonlySet<string>> {
  const known = antonymMaps[locale];
  if (known !== undefined) return known;
  const map = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    const set = map.get(a) ?? new Set<string>();
    set.add(b);
    map.set(a, set);
  };
  for (const [a, b] of antonymData[locale]) {
    const sa = stemWord(a ?? '', locale);
    const sb = stemWord(b ?? '', locale);
    link(sa, sb);
    link(sb, sa);
  }
  antonymMaps[locale] = map;
  return map;
}
