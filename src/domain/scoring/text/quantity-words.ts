// Number words, time units and frequency words of every language pack: a quantity reads the same in any answer
// language ("two weeks", "14 days", "fortnight" and "zwei Wochen" all become the same key). Durations are in hours.
import type { GluedQuantity, QuantityWords } from '@/domain/language/language-pack';
import { allPacks } from '@/domain/language/pack-for';

const packs: readonly QuantityWords[] = allPacks().map((pack) => pack.quantities);
const record = (pick: (words: QuantityWords) => Readonly<Record<string, number>>): Readonly<Record<string, number>> =>
  Object.assign({}, ...packs.map(pick)) as Record<string, number>;
const set = (pick: (words: QuantityWords) => readonly string[]): ReadonlySet<string> => new Set(packs.flatMap(pick));

export const numberWords = record((words) => words.numbers);
/** Number words that only count when a time unit follows ("a week", but not "a baseline"). */
export const weakNumberWords = set((words) => words.weakNumbers);
export const unitHours = record((words) => words.units);
/** Words allowed between a count and its unit ("14 working days"). */
export const unitQualifiers = set((words) => words.unitQualifiers);
/** Units that are a duration without a count ("within a fortnight"). */
export const bareUnits = set((words) => words.bareUnits);
/** Words between "half" or "couple" and the unit ("half a day"). */
export const countFillers = set((words) => words.countFillers);
/** Words that stand for "every <unit>" on their own. */
export const frequencyWords = record((words) => words.frequencies);
/** Words that turn the quantity after them into a frequency ("every two weeks", "alle 14 Tage"). */
export const frequencyPrefixes = set((words) => words.frequencyPrefixes);
/** Small words allowed between a frequency prefix and its unit ("once a month", "einmal im Monat"). */
export const frequencyFillers = set((words) => words.frequencyFillers);

const frequencyEndings = packs.flatMap((words) =>
  words.frequencyEndings === undefined ? [] : [words.frequencyEndings],
);
const composedNumbers = packs.flatMap((words) => (words.composedNumber === undefined ? [] : [words.composedNumber]));
const gluedQuantities = packs.flatMap((words) => (words.gluedQuantity === undefined ? [] : [words.gluedQuantity]));

/** Value of a single number token or word, or null. Handles number words made by rule ("vierundzwanzig"). */
export function numberValue(norm: string): number | null {
  if (/^\p{N}+(?:[.,]\p{N}+)?$/u.test(norm)) {
    const value = Number(norm.replace(',', '.'));
    return Number.isFinite(value) ? value : null;
  }
  const word = numberWords[norm];
  if (word !== undefined) return word;
  for (const composed of composedNumbers) {
    const value = composed(norm);
    if (value !== null) return value;
  }
  return null;
}

/** Hours of a frequency word, also with an inflection ending ("wöchentliche"). */
export function frequencyWord(norm: string): number | undefined {
  const own = frequencyWords[norm];
  if (own !== undefined) return own;
  for (const ending of frequencyEndings) {
    const hours = frequencyWords[norm.replace(ending, '')];
    if (hours !== undefined) return hours;
  }
  return undefined;
}

/** A word glued from a number and a unit, such as "zweiwöchig" or "vierzehntägig". */
export function gluedQuantity(norm: string): GluedQuantity | null {
  for (const glued of gluedQuantities) {
    const quantity = glued(norm, numberValue);
    if (quantity !== null) return quantity;
  }
  return null;
}
