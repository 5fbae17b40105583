import type { Unit } from '../words/analyze';
import type { Pattern, Posting } from './patterns';
import type { Token } from '../text/tokenize';

/** Where a pattern was found: the answer units filling its slots, in text order. */
export type Match = { pattern: number; units: number[] };

type Event = { unit: number; slot: number };

const maxMatchesPerPattern = 8;

/** Unmatched content words allowed inside a match: flexible order with small gaps; a compound's parts stay close. */
function gapAllowance(pattern: Pattern): number {
  if (pattern.compact) return 1;
  return pattern.slots.length === 2 ? 3 : pattern.slots.length + 1;
}

function collectEvents(
  unitKeys: readonly (readonly string[])[],
  index: ReadonlyMap<string, Posting[]>,
): Map<number, Event[]> {
  const events = new Map<number, Event[]>();
  unitKeys.forEach((keys, unit) => {
    for (const key of keys) {
      for (const posting of index.get(key) ?? []) {
        const list = events.get(posting.pattern) ?? [];
        const last = list[list.length - 1];
        if (last === undefined || last.unit !== unit || last.slot !== posting.slot)
          list.push({ unit, slot: posting.slot });
        events.set(posting.pattern, list);
      }
    }
  });
  return events;
}

type WindowContext = {
  units: readonly Unit[];
  clauseOf: Int32Array;
  commasBefore: Int32Array;
  slots: number;
  allowance: number;
};

// A comma between two matched words weighs like two extra words: "test report, failover, action plan" is no "test plan".
const commaCost = 2;

/** The shortest run of events from `from` that fills every slot within one clause. */
function windowFrom(events: readonly Event[], from: number, ctx: WindowContext): number[] | null {
  const start = events[from] as Event;
  const startUnit = ctx.units[start.unit] as Unit;
  const clause = ctx.clauseOf[startUnit.firstToken];
  const filled = new Array<number>(ctx.slots).fill(-1);
  let count = 0;
  for (let e = from; e < events.length && count < ctx.slots; e++) {
    const event = events[e] as Event;
    const unit = ctx.units[event.unit] as Unit;
    if (ctx.clauseOf[unit.firstToken] !== clause || unit.firstToken - startUnit.firstToken > 4 * ctx.slots + 6) break;
    if (filled[event.slot] !== -1 || filled.includes(event.unit)) continue;
    filled[event.slot] = event.unit;
    count++;
  }
  if (count < ctx.slots) return null;
  const used = [...filled].sort((a, b) => a - b);
  const first = used[0] ?? 0;
  const last = used[used.length - 1] ?? 0;
  const firstUnit = ctx.units[first] as Unit;
  const lastUnit = ctx.units[last] as Unit;
  let extra = commaCost * ((ctx.commasBefore[lastUnit.firstToken] ?? 0) - (ctx.commasBefore[firstUnit.lastToken] ?? 0));
  for (let u = first + 1; u < last; u++) if (ctx.units[u]?.content === true && !used.includes(u)) extra++;
  return extra <= ctx.allowance ? used : null;
}

/** Finds every place where a pattern's slots are all filled within one clause, in any order with small gaps. */
export function findMatches(
  patterns: readonly Pattern[],
  index: ReadonlyMap<string, Posting[]>,
  text: {
    tokens: readonly Token[];
    units: readonly Unit[];
    unitKeys: readonly (readonly string[])[];
    clauseOf: Int32Array;
  },
): Match[] {
  const { units, unitKeys, clauseOf } = text;
  const commasBefore = new Int32Array(text.tokens.length + 1);
  text.tokens.forEach((token, i) => {
    commasBefore[i + 1] = (commasBefore[i] ?? 0) + (token.kind === 'comma' ? 1 : 0);
  });
  const matches: Match[] = [];
  for (const [p, events] of collectEvents(unitKeys, index)) {
    const pattern = patterns[p] as Pattern;
    const slots = pattern.slots.length;
    const allowance = gapAllowance(pattern);
    if (new Set(events.map((e) => e.slot)).size < slots) continue;
    const seen = new Set<string>();
    for (let from = 0; from < events.length && seen.size < maxMatchesPerPattern; from++) {
      const used = windowFrom(events, from, { units, clauseOf, commasBefore, slots, allowance });
      if (used === null) continue;
      const id = used.join(',');
      if (seen.has(id)) continue;
      seen.add(id);
      matches.push({ pattern: p, units: used });
    }
  }
  return matches.sort((a, b) => a.pattern - b.pattern || (a.units[0] ?? 0) - (b.units[0] ?? 0));
}
