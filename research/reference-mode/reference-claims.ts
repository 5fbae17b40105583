import type { Locale } from '@/domain/scenario/locale';
import type { Unit } from '@/domain/scoring/words/analyze';
import { primaryKey } from './primary-key';
import { polesFor } from './reference-poles';
import { stemWord } from '@/domain/scoring/words/stem-cache';
import type { Structure } from '@/domain/scoring/text/structure';
import type { Token } from '@/domain/scoring/text/tokenize';

/**
 * Comparison claims: "the oil is less dense than water" says oil sits low and water high on density. Stored in both
 * directions, so "water is denser than oil" makes the same claims and "oil is denser than water" the opposite ones.
 * English only: German comparisons are left to the other features.
 */
export type Claim = { entity: string; dimension: string; sign: 1 | -1 };

const raise = new Set(['more', 'greater', 'higher']);
const lower = new Set(['less', 'fewer', 'lower']);
const skip = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'gets',
  'get',
  'got',
  'becomes',
  'become',
  'will',
  'would',
  'much',
  'a',
  'lot',
  'bit',
  'little',
  'way',
  'even',
  'far',
]);
const than = 'than';
const reach = 4;

/** Possible bases of a comparative: "denser" -> "dense", "bigger" -> "big", "heavier" -> "heavy". */
function comparativeBases(word: string): string[] {
  if (!word.endsWith('er') || word.length < 5) return [];
  const bases = [word.slice(0, -2), word.slice(0, -1)];
  if (word.endsWith('ier')) bases.push(`${word.slice(0, -3)}y`);
  if (word.at(-3) === word.at(-4)) bases.push(word.slice(0, -3));
  return bases;
}

type Comparison = { dimension: string[]; sign: 1 | -1; first: number; last: number };

/** Comparisons of a text: "more/less W", a known pole's comparative ("higher"), or "W-er than". */
function comparisonsOf(tokens: readonly Token[], locale: Locale): Comparison[] {
  const poles = polesFor(locale);
  const found: Comparison[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const norm = tokens[t]?.norm ?? '';
    const next = tokens[t + 1];
    // "the more effort, the ..." compares two changes, not two things.
    if (tokens[t - 1]?.norm === 'the') continue;
    if ((raise.has(norm) || lower.has(norm)) && next?.kind === 'word' && !skip.has(next.norm) && next.norm !== than) {
      const graded = poles.get(next.norm)?.[0];
      const sign = raise.has(norm) ? 1 : -1;
      // "less dense" and "denser" are the same dimension: a known pole word names it.
      if (graded !== undefined)
        found.push({
          dimension: [`pole:${graded.dimension}`],
          sign: (sign * graded.sign) as 1 | -1,
          first: t,
          last: t + 1,
        });
      else found.push({ dimension: [stemWord(next.norm, locale)], sign, first: t, last: t + 1 });
      t++;
      continue;
    }
    const bases = comparativeBases(norm);
    if (bases.length === 0) continue;
    const pole = poles.get(norm)?.[0];
    if (pole !== undefined) found.push({ dimension: [`pole:${pole.dimension}`], sign: pole.sign, first: t, last: t });
    else if (tokens[t + 1]?.norm === than)
      found.push({ dimension: bases.map((b) => stemWord(b, locale)), sign: 1, first: t, last: t });
  }
  return found;
}

/** Claims of a text: each comparison with the nearest content word before it and the one after "than", in its clause. */
export function claimsOf(
  tokens: readonly Token[],
  units: readonly Unit[],
  structure: Structure,
  locale: Locale,
): Claim[] {
  if (locale !== 'en') return [];
  const claims: Claim[] = [];
  const comparisons = comparisonsOf(tokens, locale);
  const poles = polesFor(locale);
  // Neither a comparison nor a pole word names the thing compared.
  const taken = new Set(comparisons.flatMap((c) => [c.first, c.last]));
  const contentAt = units.filter(
    (u) => u.content && !taken.has(u.firstToken) && !poles.has(tokens[u.firstToken]?.norm ?? ''),
  );
  for (const c of comparisons) {
    const clause = structure.clauseOf[c.first];
    const inClause = (u: Unit): boolean => structure.clauseOf[u.firstToken] === clause;
    const before = contentAt
      .filter(
        (u) =>
          u.lastToken < c.first &&
          c.first - u.lastToken <= reach &&
          inClause(u) &&
          !skip.has(tokens[u.firstToken]?.norm ?? ''),
      )
      .at(-1);
    const thanAt = tokens.findIndex((tok, i) => i > c.last && i <= c.last + 2 && tok.norm === than);
    const after = thanAt < 0 ? undefined : contentAt.find((u) => u.firstToken > thanAt && inClause(u));
    for (const dimension of c.dimension) {
      if (before !== undefined) claims.push({ entity: primaryKey(before), dimension, sign: c.sign });
      if (after !== undefined) claims.push({ entity: primaryKey(after), dimension, sign: -c.sign as 1 | -1 });
    }
  }
  return claims;
}

const id = (c: Claim, sign: number = c.sign): string => `${c.entity}|${c.dimension}|${sign}`;

/** Claims of the answer that the model answer makes the other way round (and not also this way). */
export function claimFlips(answer: readonly Claim[], model: readonly Claim[]): number {
  const made = new Set(model.map((c) => id(c)));
  const flipped = new Set(
    answer.filter((c) => made.has(id(c, -c.sign)) && !made.has(id(c))).map((c) => `${c.entity}|${c.dimension}`),
  );
  return Math.min(2, flipped.size);
}

/** Claims of the answer that the model answer makes too. */
export function claimAgreements(answer: readonly Claim[], model: readonly Claim[]): number {
  const made = new Set(model.map((c) => id(c)));
  return Math.min(2, new Set(answer.filter((c) => made.has(id(c))).map((c) => `${c.entity}|${c.dimension}`)).size);
}
