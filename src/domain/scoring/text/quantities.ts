import type { Token } from './tokenize';
import {
  bareUnits,
  countFillers,
  frequencyFillers,
  frequencyPrefixes,
  frequencyWord,
  gluedQuantity,
  numberValue,
  unitHours,
  unitQualifiers,
  weakNumberWords,
} from './quantity-words';

/** A number, duration or frequency recognised at a token position; end is the token index after it. */
export type Quantity = { end: number; keys: string[] };

const roundHours = (hours: number): string => String(Math.round(hours * 1000) / 1000);
const durationKeys = (hours: number): string[] => [`dur:${roundHours(hours)}`];
// "monthly" also satisfies "within 30 days": a frequency implies the matching interval.
const frequencyKeys = (hours: number): string[] => [`freq:${roundHours(hours)}`, `dur:${roundHours(hours)}`];

const isWordAt = (tokens: readonly Token[], i: number): boolean => {
  const kind = tokens[i]?.kind;
  return kind === 'word' || kind === 'number';
};

/** A number (one or two words, "twenty four") starting at i. */
function numberAt(tokens: readonly Token[], i: number): { value: number; end: number; weak: boolean } | null {
  const first = tokens[i];
  if (first === undefined || !isWordAt(tokens, i)) return null;
  const value = numberValue(first.norm);
  if (value === null) return null;
  const next = tokens[i + 1];
  if (value >= 20 && value < 100 && value % 10 === 0 && next !== undefined && isWordAt(tokens, i + 1)) {
    const unit = numberValue(next.norm);
    if (unit !== null && unit >= 1 && unit <= 9 && !weakNumberWords.has(next.norm)) {
      return { value: value + unit, end: i + 2, weak: false };
    }
  }
  // "half a day", "a couple of weeks"
  const skip = next !== undefined && countFillers.has(next.norm) && (value === 0.5 || value === 2) ? 1 : 0;
  return { value, end: i + 1 + skip, weak: weakNumberWords.has(first.norm) };
}

/** Hours of a unit word at i, skipping a qualifier ("business", "working") before it. */
function unitAt(tokens: readonly Token[], i: number): { hours: number; end: number } | null {
  let j = i;
  if (unitQualifiers.has(tokens[j]?.norm ?? '') && isWordAt(tokens, j + 1)) j++;
  const token = tokens[j];
  if (token === undefined || !isWordAt(tokens, j)) return null;
  const hours = unitHours[token.norm];
  return hours === undefined ? null : { hours, end: j + 1 };
}

function frequencyAt(tokens: readonly Token[], i: number): Quantity | null {
  let j = i + 1;
  for (let skipped = 0; skipped < 2 && frequencyFillers.has(tokens[j]?.norm ?? '') && isWordAt(tokens, j); skipped++) {
    // In "once a month" the filler is also the count: stop skipping when a unit follows it.
    const asCount = numberAt(tokens, j);
    if (asCount !== null && unitAt(tokens, asCount.end) !== null) break;
    j++;
  }
  const count = numberAt(tokens, j);
  const unit = (count !== null ? unitAt(tokens, count.end) : null) ?? unitAt(tokens, j);
  if (unit === null) return null;
  const value = count !== null && unit.end > count.end ? count.value : 1;
  return { end: unit.end, keys: frequencyKeys(value * unit.hours) };
}

function gluedAt(token: Token): string[] | null {
  const short = /^(\p{N}+)(h|hrs?|d|days?|w|wk|wks|weeks?)$/u.exec(token.norm);
  if (short !== null) {
    const hours = unitHours[short[2] === 'w' ? 'week' : (short[2] ?? '')] ?? 0;
    return durationKeys(Number(short[1]) * hours);
  }
  const glued = gluedQuantity(token.norm);
  if (glued === null) return null;
  const hours = glued.value * glued.hours;
  return glued.frequency ? frequencyKeys(hours) : durationKeys(hours);
}

// Most words cannot start a quantity; remembering which can keeps the regular expressions off the hot path.
const starterCache = new Map<string, boolean>();

function mayStartQuantity(token: Token): boolean {
  if (token.kind === 'number') return true;
  const known = starterCache.get(token.norm);
  if (known !== undefined) return known;
  const norm = token.norm;
  const starts =
    /^\p{N}/u.test(norm) ||
    numberValue(norm) !== null ||
    frequencyWord(norm) !== undefined ||
    frequencyPrefixes.has(norm) ||
    bareUnits.has(norm) ||
    gluedQuantity(norm) !== null;
  if (starterCache.size > 50_000) starterCache.clear();
  starterCache.set(norm, starts);
  return starts;
}

/** Recognises a number, duration ("two weeks", "14-day", "zwei Wochen") or frequency ("every month", "alle 14 Tage") at token i. */
export function parseQuantity(tokens: readonly Token[], i: number): Quantity | null {
  const token = tokens[i];
  if (token === undefined || !isWordAt(tokens, i) || !mayStartQuantity(token)) return null;
  const frequency = frequencyWord(token.norm);
  if (frequency !== undefined) return { end: i + 1, keys: frequencyKeys(frequency) };
  if (frequencyPrefixes.has(token.norm)) return frequencyAt(tokens, i);
  const glued = gluedAt(token);
  if (glued !== null) return { end: i + 1, keys: glued };
  const bareUnit = unitHours[token.norm];
  if (bareUnits.has(token.norm) && bareUnit !== undefined) return { end: i + 1, keys: durationKeys(bareUnit) };
  const count = numberAt(tokens, i);
  if (count === null) return null;
  const unit = unitAt(tokens, count.end);
  if (unit !== null) return { end: unit.end, keys: durationKeys(count.value * unit.hours) };
  if (count.weak) return null;
  return { end: count.end, keys: [`num:${roundHours(count.value)}`] };
}
