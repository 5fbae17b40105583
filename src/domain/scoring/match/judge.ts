import type { Locale } from '@/domain/scenario/locale';
import type { KeywordLists } from '../answer-shape';
import type { Unit } from '../words/analyze';
import type { LanguageLexicon } from '../words/lexicon';
import type { Match } from './find-matches';
import type { Pattern } from './patterns';
import { endedOf, hedgeOf, leftOverOf, negationOf, planOf, type MatchPlace } from '../text/scope';
import type { DiagnosticKind, EvidenceStatus, Span } from '../score-types';
import type { Cue, Structure } from '../text/structure';
import type { Token } from '../text/tokenize';

/** Why a match earns less than full credit: half for a hedge, a typo or an echo of the question, nothing for the rest. */
export type Reason = 'hedge' | 'typo' | 'echo' | 'keyword-list' | 'cut-off' | 'ended' | 'negation' | 'plan';

export type Verdict = {
  status: EvidenceStatus;
  spans: Span[];
  reason: Reason | null;
  slots: number;
  /** The diagnostic this verdict feeds, and the words that caused it (a cue; the list or cut-off spans are the answer's). */
  diagnostic: { kind: DiagnosticKind; span: Span | null } | null;
};

/** What a match is judged against: the analysed answer. */
export type AnswerContext = {
  locale: Locale;
  lexicon: LanguageLexicon;
  tokens: readonly Token[];
  units: readonly Unit[];
  unitKeys: readonly (readonly string[])[];
  structure: Structure;
  lists: KeywordLists;
  /** Word-for-word copies of earlier sentences; their words are left out of matching. */
  repeats: Span[];
  /** First token of the half sentence the timer cut off; tokens.length when there is none. */
  cutFrom: number;
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

/** A lone function word, bare number or common word ("standard", "1") says too little to highlight. */
function isLoneCommonWord(match: Match, ctx: AnswerContext): boolean {
  if (match.units.length !== 1) return false;
  const unit = ctx.units[match.units[0] ?? -1];
  if (unit === undefined) return true;
  if (!unit.content) return true;
  const keys = ctx.unitKeys[match.units[0] ?? -1] ?? unit.keys;
  return keys.every((key) => key.startsWith('num:')) || keys.some((key) => ctx.lexicon.commonStems.has(key));
}

/** The matched phrase in the answer, from its first slot to its last. */
function phraseSpan(match: Match, ctx: AnswerContext): Span[] {
  if (isLoneCommonWord(match, ctx)) return [];
  let start = Number.MAX_SAFE_INTEGER;
  let end = -1;
  for (const u of match.units) {
    start = Math.min(start, ctx.units[u]?.start ?? start);
    end = Math.max(end, ctx.units[u]?.end ?? end);
  }
  return end < 0 ? [] : [{ start, end }];
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

/** Where nothing is stated: past the timer's cut, or in a bare keyword list. */
function unstated(place: MatchPlace, ctx: AnswerContext): 'cut-off' | 'keyword-list' | null {
  if (place.first >= ctx.cutFrom) return 'cut-off';
  return ctx.lists.tokens[place.first] === 1 ? 'keyword-list' : null;
}

const diagnosticKindOf: Record<Reason, DiagnosticKind | null> = {
  ended: 'ended',
  negation: 'negation',
  plan: 'plan',
  hedge: 'hedge',
  typo: null,
  echo: null,
  'keyword-list': 'keywordList',
  'cut-off': 'cutOff',
};

/** Decides the status of one match from the cues around it. */
export function judgeMatch(match: Match, pattern: Pattern, ctx: AnswerContext): Verdict {
  const slots = pattern.slots.length;
  const place = placeOf(match, ctx.units);
  const silent = unstated(place, ctx);
  if (silent !== null) {
    const kind = diagnosticKindOf[silent];
    return {
      status: 'missing',
      spans: [],
      reason: silent,
      slots,
      diagnostic: kind === null ? null : { kind, span: null },
    };
  }
  const words = phraseSpan(match, ctx);
  const verdict = (status: EvidenceStatus, cues: (Cue | null)[], reason: Reason | null = null): Verdict => {
    const spans = cues.flatMap((cue) => (cue === null ? [] : [cueSpan(cue, ctx.tokens)]));
    const kind = reason === null ? null : diagnosticKindOf[reason];
    return {
      status,
      spans: mergeSpans([...words, ...spans]),
      reason,
      slots,
      diagnostic: kind === null ? null : { kind, span: spans[spans.length - 1] ?? null },
    };
  };
  const scope = { tokens: ctx.tokens, structure: ctx.structure, locale: ctx.locale };
  // Practice that has ended is neither evidence nor a red flag, whichever way it was phrased.
  const ended = endedOf(scope, place);
  if (ended !== null) return verdict('negated', [ended], 'ended');
  const denied = negationOf(scope, place);
  // Evidence named by a bad thing is met where the answer denies it is left over ("no default accounts are left
  // enabled"); a red flag is not raised by that denial, so only evidence turns around.
  const leftOver =
    denied !== null && pattern.kind === 'evidence' && !pattern.negative ? leftOverOf(scope, place) : null;
  const negation = leftOver === null ? denied : null;
  // A negative pattern ("no shared accounts") is met where the answer negates its words.
  const met = pattern.negative ? negation !== null : negation === null;
  if (!met) return verdict('negated', [negation], 'negation');
  const plan = negation === null ? planOf(scope, place) : null;
  if (plan !== null) return verdict('planned', [plan], 'plan');
  const stated = pattern.negative ? negation : leftOver === null ? null : denied;
  const hedge = hedgeOf(scope, place);
  if (hedge !== null) return verdict('partial', [stated, leftOver, hedge], 'hedge');
  if (match.units.some((u) => ctx.typoUnits.has(u))) return verdict('partial', [stated, leftOver], 'typo');
  if (isEcho(match, place, ctx)) return verdict('partial', [stated, leftOver], 'echo');
  return verdict('covered', [stated, leftOver]);
}
