import type { Locale } from '@/domain/scenario/locale';
import poleData from './data/poles.json';
import { negationCueTokens, type Structure } from '@/domain/scoring/text/structure';
import type { Token } from '@/domain/scoring/text/tokenize';

/**
 * Poles: words that sit at one end of a dimension (higher/lower, tighter/looser, east/west, enabled/disabled).
 * Two texts that share most of their words but sit at opposite ends of a dimension say opposite things, which
 * plain overlap cannot see. A negation in front of a pole word turns it around ("not longer" sits at the short end).
 */
export type PoleMention = {
  dimension: string;
  sign: 1 | -1;
  token: number;
  clause: number;
  sentence: number;
};

type PoleEntry = { dimension: string; sign: 1 | -1 };

const vowels = /[aeiou]/;

/** English comparative, superlative and verb forms of a pole word ("big" -> "bigger", "heavy" -> "heavier"). */
function englishForms(word: string): string[] {
  if (word.includes(' ')) return [word];
  const forms = [word, `${word}s`, `${word}ed`, `${word}ing`, `${word}ly`];
  if (word.endsWith('e')) forms.push(`${word}r`, `${word}st`, `${word}d`, `${word.slice(0, -1)}ing`);
  else if (word.endsWith('y'))
    forms.push(
      `${word.slice(0, -1)}ier`,
      `${word.slice(0, -1)}iest`,
      `${word.slice(0, -1)}ied`,
      `${word.slice(0, -1)}ies`,
    );
  else {
    forms.push(`${word}er`, `${word}est`);
    const last = word.at(-1) ?? '';
    // Consonant-vowel-consonant endings double: big -> bigger, thin -> thinner.
    if (word.length <= 4 && !vowels.test(last) && vowels.test(word.at(-2) ?? '') && !'wxy'.includes(last))
      forms.push(`${word}${last}er`, `${word}${last}est`);
  }
  return forms;
}

const lexicons: Partial<Record<Locale, ReadonlyMap<string, readonly PoleEntry[]>>> = {};

/** Word form -> the poles it stands for, per language. */
export function polesFor(locale: Locale): ReadonlyMap<string, readonly PoleEntry[]> {
  const known = lexicons[locale];
  if (known !== undefined) return known;
  const map = new Map<string, PoleEntry[]>();
  const add = (form: string, entry: PoleEntry): void => {
    const list = map.get(form) ?? [];
    if (!list.some((e) => e.dimension === entry.dimension)) list.push(entry);
    map.set(form, list);
  };
  const rows = (locale === 'de' ? poleData.de : poleData.en) as [string, string[], string[]][];
  for (const [dimension, plus, minus] of rows) {
    for (const [words, sign] of [
      [plus, 1],
      [minus, -1],
    ] as const) {
      for (const word of words) {
        // Explicit words win over derived forms ("lighter" is weight, though "light" is not listed).
        for (const form of locale === 'en' ? englishForms(word) : [word])
          if (form === word || !map.has(form)) add(form, { dimension, sign });
      }
    }
  }
  lexicons[locale] = map;
  return map;
}

const negationReach = 4;
const gradeWords: Record<Locale, ReadonlySet<string>> = {
  en: new Set(['more', 'less', 'fewer']),
  de: new Set(['mehr', 'weniger']),
};

/** Every pole word of a text with its sign, turned around by a negation shortly before it in the same clause. */
export function poleMentions(tokens: readonly Token[], structure: Structure, locale: Locale): PoleMention[] {
  const lexicon = polesFor(locale);
  const negationCues = structure.cues.filter((c) => c.categories.has('negation'));
  const cueTokens = negationCueTokens(structure);
  const negated = (t: number): boolean =>
    negationCues.some(
      (c) => c.last < t && t - c.last <= negationReach && structure.clauseOf[c.last] === structure.clauseOf[t],
    );
  const mentions: PoleMention[] = [];
  // "more"/"less" before a pole word only grade it: "less dense" sits at the low end of density, not of quantity.
  const grades = (t: number): boolean =>
    gradeWords[locale].has(tokens[t]?.norm ?? '') && lexicon.has(tokens[t + 1]?.norm ?? '');
  tokens.forEach((token, t) => {
    const entries = lexicon.get(token.norm);
    if (entries === undefined || cueTokens.has(t) || grades(t)) return;
    const lowered = grades(t - 1) && lexicon.get(tokens[t - 1]?.norm ?? '')?.some((e) => e.sign < 0) === true;
    const flip = (negated(t) ? -1 : 1) * (lowered ? -1 : 1);
    for (const entry of entries) {
      mentions.push({
        dimension: entry.dimension,
        sign: (entry.sign * flip) as 1 | -1,
        token: t,
        clause: structure.clauseOf[t] ?? 0,
        sentence: structure.sentenceOf[t] ?? 0,
      });
    }
  });
  return mentions;
}

export const poleFeatureNames = ['poleFlip', 'poleOpposite', 'polePairFlip', 'poleAnchorFlip'] as const;

type PoleSide = { poles: readonly PoleMention[]; poleAnchors: readonly (readonly string[])[] };

const signsOf = (poles: readonly PoleMention[]): Map<string, Set<number>> => {
  const map = new Map<string, Set<number>>();
  for (const p of poles) map.set(p.dimension, (map.get(p.dimension) ?? new Set()).add(p.sign));
  return map;
};

// Poles paired in one statement stand close together; the bound also keeps a run-on text from pairing everything.
const pairReach = 15;

/** Pairs of poles said together in one sentence ("shorter ... higher"), as "dimension:sign|dimension:sign". */
function pairsOf(poles: readonly PoleMention[]): Set<string> {
  const pairs = new Set<string>();
  for (const a of poles) {
    for (const b of poles) {
      if (a.sentence !== b.sentence || Math.abs(a.token - b.token) > pairReach || a.dimension >= b.dimension) continue;
      pairs.add(`${a.dimension}:${a.sign}|${b.dimension}:${b.sign}`);
    }
  }
  return pairs;
}

function pairFlips(answer: readonly PoleMention[], model: readonly PoleMention[]): number {
  const modelPairs = pairsOf(model);
  let flips = 0;
  for (const pair of pairsOf(answer)) {
    if (modelPairs.has(pair)) continue;
    const [a = '', b = ''] = pair.split('|');
    const turn = (p: string): string => p.replace(/:(-?1)$/, (_, s: string) => `:${-Number(s)}`);
    if (modelPairs.has(`${turn(a)}|${b}`) || modelPairs.has(`${a}|${turn(b)}`)) flips++;
  }
  return flips;
}

/** Poles attached (same clause) to a word both texts use, at opposite ends: "the sun is in the east" for "the sun is in the west". */
function anchorFlips(answer: PoleSide, model: PoleSide): number {
  const attached = (side: PoleSide): Map<string, Set<number>> => {
    const map = new Map<string, Set<number>>();
    for (const [i, p] of side.poles.entries()) {
      for (const key of side.poleAnchors[i] ?? []) {
        const id = `${key}|${p.dimension}`;
        map.set(id, (map.get(id) ?? new Set()).add(p.sign));
      }
    }
    return map;
  };
  const inModel = attached(model);
  let flips = 0;
  for (const [id, signs] of attached(answer)) {
    const modelSigns = inModel.get(id);
    if (modelSigns === undefined || modelSigns.size !== 1 || signs.size !== 1) continue;
    if (!modelSigns.has([...signs][0] ?? 0)) flips++;
  }
  return flips;
}

/** Pole features of an answer against a model answer. */
export function poleFeatures(answer: PoleSide, model: PoleSide): Record<string, number> {
  const inAnswer = signsOf(answer.poles);
  const inModel = signsOf(model.poles);
  let flip = 0,
    opposite = 0;
  for (const [dimension, signs] of inAnswer) {
    const modelSigns = inModel.get(dimension);
    if (modelSigns === undefined) continue;
    const missing = [...modelSigns].filter((s) => !signs.has(s)).length;
    const added = [...signs].filter((s) => !modelSigns.has(s)).length;
    if (added > 0) opposite++;
    if (added > 0 && missing > 0) flip++;
  }
  return {
    poleFlip: flip,
    poleOpposite: opposite,
    polePairFlip: Math.min(2, pairFlips(answer.poles, model.poles)),
    poleAnchorFlip: Math.min(2, anchorFlips(answer, model)),
  };
}
