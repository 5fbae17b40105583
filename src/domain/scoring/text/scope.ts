import { packFor } from '@/domain/language/pack-for';
import type { Locale } from '@/domain/scenario/locale';
import { coordinators } from './every-language';
import type { CueCategory } from '../words/lexicon';
import type { Cue, Structure } from './structure';
import { isWordToken, type Token } from './tokenize';

/** Where a match sits: its token range and the tokens that are its own words. */
export type MatchPlace = { first: number; last: number; own: ReadonlySet<number> };

type ScopeContext = { tokens: readonly Token[]; structure: Structure; locale: Locale };

// How far a cue before the match reaches, in tokens; how far one after it reaches is the language pack's.
const reachBefore = { negation: 7, plan: 10 } as const;

const has = (cue: Cue, category: CueCategory): boolean => cue.categories.has(category);
const sameClause = (s: Structure, a: number, b: number): boolean => s.clauseOf[a] === s.clauseOf[b];
const isOwn = (cue: Cue, place: MatchPlace): boolean => {
  for (let t = cue.first; t <= cue.last; t++) if (place.own.has(t)) return true;
  return false;
};

/** The nearest cue of a category before the match, in its clause and within reach. */
function cueBefore(ctx: ScopeContext, place: MatchPlace, category: CueCategory, reach: number): Cue | null {
  let best: Cue | null = null;
  for (const cue of ctx.structure.cues) {
    if (cue.last >= place.first) break;
    if (!has(cue, category) || !sameClause(ctx.structure, cue.last, place.first)) continue;
    if (place.first - cue.last - 1 > reach) continue;
    best = cue;
  }
  return best;
}

function cueInside(ctx: ScopeContext, place: MatchPlace, category: CueCategory): Cue | null {
  return (
    ctx.structure.cues.find(
      (c) => c.first > place.first && c.last < place.last && has(c, category) && !isOwn(c, place),
    ) ?? null
  );
}

function cueAfter(ctx: ScopeContext, place: MatchPlace, category: CueCategory, reach: number): Cue | null {
  return (
    ctx.structure.cues.find(
      (c) =>
        c.first > place.last &&
        c.first - place.last - 1 <= reach &&
        has(c, category) &&
        sameClause(ctx.structure, c.first, place.last),
    ) ?? null
  );
}

/** "we never skip", "nothing goes live without", "no server is exempt": a second negative word turns the first around. */
function cancelled(ctx: ScopeContext, cue: Cue, place: MatchPlace): boolean {
  const cues = ctx.structure.cues;
  if (cues.some((c) => c.first > cue.last && c.last < place.last && has(c, 'reversal') && !isOwn(c, place)))
    return true;
  // "Kein Server ist vom Patchzyklus ausgenommen": the reversing verb may close the clause, right after the match.
  const closing = (c: Cue): boolean =>
    has(c, 'reversal') &&
    c.first > place.last &&
    c.first - place.last - 1 <= 1 &&
    sameClause(ctx.structure, c.first, place.last);
  if (cue.last < place.first && cues.some(closing)) return true;
  if (!has(cue, 'reversal')) return false;
  return cues.some((c) => {
    if (c.last >= cue.first || !has(c, 'negation') || !sameClause(ctx.structure, c.last, cue.first)) return false;
    if (cue.first - c.last - 1 > 6) return false;
    for (let t = c.last + 1; t < cue.first; t++) if (coordinators.has(ctx.tokens[t]?.norm ?? '')) return false;
    return true;
  });
}

/** The cue that negates the match, if any: before it in the clause, inside it, or (for "is not", "nicht") just after. */
export function negationOf(ctx: ScopeContext, place: MatchPlace): Cue | null {
  const before = cueBefore(ctx, place, 'negation', reachBefore.negation);
  // "No, we ..." answers the question; it does not negate what follows.
  const next = before === null ? undefined : ctx.tokens[before.last + 1];
  const answersQuestion = next !== undefined && !isWordToken(next);
  if (before !== null && !answersQuestion && !isOwn(before, place) && !cancelled(ctx, before, place)) return before;
  const inside = cueInside(ctx, place, 'negation');
  if (inside !== null && !cancelled(ctx, inside, place)) return inside;
  return cueAfter(ctx, place, 'negationAfter', packFor(ctx.locale).cueReachAfter.negation);
}

// How far after the match a word for what is left over may stand: "default accounts are not left enabled".
const residualReach = 3;

/**
 * A word saying a bad state is left over, just after the match in its clause: "no default accounts are left
 * enabled", "kein Standardkonto bleibt aktiv". Denying it says the bad thing was removed, so for evidence the
 * negation is turned around; the match's own words do not count ("default accounts left enabled" as a phrase).
 */
export function leftOverOf(ctx: ScopeContext, place: MatchPlace): Cue | null {
  return (
    ctx.structure.cues.find(
      (c) =>
        has(c, 'residual') &&
        !isOwn(c, place) &&
        c.first > place.last &&
        c.first - place.last - 1 <= residualReach &&
        sameClause(ctx.structure, c.first, place.last),
    ) ?? null
  );
}

/** The cue that turns the match into a plan or wish, if any. */
export function planOf(ctx: ScopeContext, place: MatchPlace): Cue | null {
  const before = cueBefore(ctx, place, 'plan', reachBefore.plan);
  if (before !== null && !isOwn(before, place)) return before;
  return cueInside(ctx, place, 'plan') ?? cueAfter(ctx, place, 'planAfter', packFor(ctx.locale).cueReachAfter.plan);
}

/** A hedge on the match: "I think" anywhere in its sentence, "usually" in its clause. */
export function hedgeOf(ctx: ScopeContext, place: MatchPlace): Cue | null {
  const { sentenceOf } = ctx.structure;
  return (
    ctx.structure.cues.find((c) => {
      if (isOwn(c, place)) return false;
      if (has(c, 'epistemic')) return sentenceOf[c.first] === sentenceOf[place.first];
      return has(c, 'hedge') && sameClause(ctx.structure, c.first, place.first);
    }) ?? null
  );
}

/** A cue saying the practice has ended ("used to", "until last year", "früher"), anywhere in the match's stretch. */
export function endedOf(ctx: ScopeContext, place: MatchPlace): Cue | null {
  const { stretchOf } = ctx.structure;
  const stretch = stretchOf[place.first];
  return (
    ctx.structure.cues.find(
      (c) => has(c, 'ended') && !isOwn(c, place) && stretchOf[c.first] === stretch && stretchOf[c.last] === stretch,
    ) ?? null
  );
}
