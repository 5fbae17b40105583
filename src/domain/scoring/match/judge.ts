import type { Locale } from '@/domain/scenario/locale';
import type { Unit } from '../words/analyze';
import type { Match } from './find-matches';
import type { Pattern } from './patterns';
import { hedgeOf, negationOf, planOf, type MatchPlace } from '../text/scope';
import type { EvidenceStatus, Span } from '../score-types';
import type { Cue, Structure } from '../text/structure';
import type { Token } from '../text/tokenize';

/** Why a match only earns half credit. */
export type PartialReason = 'hedge' | 'keyword-list' | 'typo' | 'echo';

export type Verdict = {
  status: Exclude<EvidenceStatus, 'missing'>;
  spans: Span[];
  reason: PartialReason | null;
  slots: number;
};

/** What a match is judged against: the analysed answer. */
export type AnswerContext = {
  locale: Locale;
  tokens: readonly Token[];
  units: readonly Unit[];
  unitKeys: readonly (readonly string[])[];
  structure: Structure;
  lists: ReadonlySet<number>;
  typoUnits: ReadonlySet<number>;
  promptKeys: ReadonlySet<string>;
};

function placeOf(match: Match, units: readonly Unit[]): MatchPlace {
  const own = new Set<number>();
  let first = Number.MAX_SAFE_INTEGER;
  let last = -1;
  for (const u of match.units) {
    const unit = units[u] as Unit;
    first = Math.min(first, unit.firstToken);
    last = Math.max(last, unit.lastToken);
    for (let t = unit.firstToken; t <= unit.lastToken; t++) own.add(t);
  }
  return { first, last, own };
}

/** Merges overlapping spans and sorts them. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function cueSpan(cue: Cue, tokens: readonly Token[]): Span {
  return { start: tokens[cue.first]?.start ?? 0, end: tokens[cue.last]?.end ?? 0 };
}

/** Only the question's own words, with nothing new in the clause: the learner repeated the question. */
function isEcho(match: Match, place: MatchPlace, ctx: AnswerContext): boolean {
  if (ctx.promptKeys.size === 0) return false;
  const inPrompt = (u: number): boolean => (ctx.unitKeys[u] ?? []).some((k) => ctx.promptKeys.has(k));
  if (!match.units.every(inPrompt)) return false;
  const clause = ctx.structure.clauseOf[place.first];
  return ctx.units.every(
    (unit, u) => !unit.content || ctx.structure.clauseOf[unit.firstToken] !== clause || inPrompt(u),
  );
}

function weakReason(match: Match, place: MatchPlace, ctx: AnswerContext): PartialReason | null {
  if (ctx.lists.has(ctx.structure.sentenceOf[place.first] ?? -1)) return 'keyword-list';
  if (match.units.some((u) => ctx.typoUnits.has(u))) return 'typo';
  return isEcho(match, place, ctx) ? 'echo' : null;
}

/** Decides the status of one match from the cues around it. */
export function judgeMatch(match: Match, pattern: Pattern, ctx: AnswerContext): Verdict {
  const place = placeOf(match, ctx.units);
  const words = match.units.map((u) => ({ start: ctx.units[u]?.start ?? 0, end: ctx.units[u]?.end ?? 0 }));
  const scope = { tokens: ctx.tokens, structure: ctx.structure, locale: ctx.locale };
  const negation = negationOf(scope, place);
  const plan = negation === null ? planOf(scope, place) : null;
  const hedge = hedgeOf(scope, place);
  const weak = weakReason(match, place, ctx);
  const verdict = (status: Verdict['status'], cues: (Cue | null)[], reason: PartialReason | null = null): Verdict => ({
    status,
    spans: mergeSpans([...words, ...cues.flatMap((cue) => (cue === null ? [] : [cueSpan(cue, ctx.tokens)]))]),
    reason,
    slots: pattern.slots.length,
  });
  // A negative pattern ("no shared accounts") is met where the answer negates its words.
  const met = pattern.negative ? negation !== null : negation === null;
  if (!met) return verdict('negated', [negation]);
  if (plan !== null) return verdict('planned', [plan]);
  const stated = pattern.negative ? negation : null;
  if (hedge !== null) return verdict('partial', [stated, hedge], 'hedge');
  if (weak !== null) return verdict('partial', [stated], weak);
  return verdict('covered', [stated]);
}
