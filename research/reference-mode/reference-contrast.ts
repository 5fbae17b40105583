import type { Locale } from '@/domain/scenario/locale';
import type { Unit } from '@/domain/scoring/words/analyze';
import { primaryKey } from './primary-key';
import { antonymsFor, type ReferenceText } from './reference-text';

/** Share of the model answer's word pairs (content words in order) that the answer repeats. */
export function bigramShare(answer: ReferenceText, model: ReferenceText): number {
  const pairs = (units: readonly Unit[]): Set<string> =>
    new Set(units.slice(1).map((u, i) => `${primaryKey(units[i] as Unit)} ${primaryKey(u)}`));
  const modelPairs = pairs(model.content);
  const answerPairs = pairs(answer.content);
  return modelPairs.size === 0 ? 0 : [...modelPairs].filter((p) => answerPairs.has(p)).length / modelPairs.size;
}

/** Signs that the answer says the opposite: antonyms, a flipped yes/no, other numbers, a negation on one side only. */
export function contradictionFeatures(
  answer: ReferenceText,
  model: ReferenceText,
  locale: Locale,
): Record<string, number> {
  const opposites = antonymsFor(locale);
  let antonyms = 0;
  for (const stem of answer.stems) {
    const opposite = opposites.get(stem);
    if (opposite !== undefined && !model.stems.has(stem) && [...opposite].some((o) => model.stems.has(o))) antonyms++;
  }
  const yes = locale === 'de' ? 'ja' : 'yes';
  const no = locale === 'de' ? 'nein' : 'no';
  const flipped =
    (model.firstWord === yes && answer.firstWord === no) || (model.firstWord === no && answer.firstWord === yes);
  const otherNumbers =
    model.numbers.size > 0 && answer.numbers.size > 0 && ![...answer.numbers].some((n) => model.numbers.has(n));
  return {
    antonyms,
    yesNo: flipped ? 1 : 0,
    numbers: otherNumbers ? 1 : 0,
    negationDiffers: answer.negation === model.negation ? 0 : 1,
  };
}
