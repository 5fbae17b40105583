import type { Locale } from '@/domain/scenario/locale';
import type { Unit } from '@/domain/scoring/words/analyze';
import { primaryKey } from './primary-key';
import { antonymsFor, type ReferenceText } from './reference-text';

/**
 * Role features: signs that the answer uses the model answer's words in other roles ("aluminum sticks to the
 * magnet" for "iron sticks to the magnet", "B is heavier than A" for "A is heavier than B"). Plain overlap
 * credits such answers; these features feed the contradiction check.
 */
export const roleFeatureNames = [
  'questionExtra',
  'questionMissing',
  'questionSwap',
  'contrastSwap',
  'roleMismatch',
  'roleShare',
  'orderFlip',
  'comparativeFlip',
  'leadMissing',
] as const;

// Comparison words and their direction; "than" only marks the comparison. English only: other locales get none.
const comparatives: ReadonlyMap<string, number> = new Map([
  ...[
    'more',
    'greater',
    'higher',
    'larger',
    'bigger',
    'faster',
    'heavier',
    'hotter',
    'warmer',
    'longer',
    'louder',
    'stronger',
    'increase',
    'increases',
    'increased',
    'brighter',
    'deeper',
    'farther',
    'further',
    'closer',
    'tighter',
  ].map((w) => [w, 1] as const),
  ...[
    'less',
    'fewer',
    'smaller',
    'lower',
    'slower',
    'lighter',
    'colder',
    'cooler',
    'shorter',
    'softer',
    'quieter',
    'weaker',
    'decrease',
    'decreases',
    'decreased',
    'dimmer',
    'shallower',
    'looser',
  ].map((w) => [w, -1] as const),
  ['than', 0],
]);

const window = 3;

/** Keys of the content units within a few units of each occurrence of a key. */
function neighbours(units: readonly Unit[]): Map<string, Set<string>> {
  const around = new Map<string, Set<string>>();
  units.forEach((unit, i) => {
    const set = around.get(primaryKey(unit)) ?? new Set<string>();
    for (let j = Math.max(0, i - window); j <= Math.min(units.length - 1, i + window); j++)
      if (j !== i) set.add(primaryKey(units[j] as Unit));
    around.set(primaryKey(unit), set);
  });
  return around;
}

/** Shared words whose neighbours differ: the answer pairs a word with another entity the model answer leaves out. */
function roleMismatch(
  answer: ReferenceText,
  model: ReferenceText,
  question: ReadonlySet<string>,
): { count: number; shared: number } {
  const modelAround = neighbours(model.content);
  const answerAround = neighbours(answer.content);
  let count = 0,
    shared = 0;
  for (const [key, modelSet] of modelAround) {
    const answerSet = answerAround.get(key);
    if (answerSet === undefined) continue;
    shared++;
    const substitute = [...answerSet].some((k) => !modelSet.has(k) && (question.has(k) || model.keys.has(k)));
    const lost = [...modelSet].some((k) => !answer.keys.has(k));
    if (substitute && lost) count++;
  }
  return { count, shared };
}

/** Words from the question (its alternatives) that one side uses and the other does not. */
function questionWords(
  answer: ReferenceText,
  model: ReferenceText,
  question: ReadonlySet<string>,
): Record<string, number> {
  const own = (text: ReferenceText): Set<string> =>
    new Set(text.content.map(primaryKey).filter((k) => question.has(k)));
  const inAnswer = own(answer);
  const inModel = own(model);
  const extra = [...inAnswer].filter((k) => !model.keys.has(k)).length;
  const missing = [...inModel].filter((k) => !answer.keys.has(k)).length;
  return { questionExtra: extra, questionMissing: missing, questionSwap: extra > 0 && missing > 0 ? 1 : 0 };
}

/** The answer uses a polar word (opposites, comparisons) the model answer lacks, and drops one the model answer uses. */
function contrastSwap(answer: ReferenceText, model: ReferenceText, locale: Locale): number {
  const opposites = antonymsFor(locale);
  const polar = (text: ReferenceText): Set<string> =>
    new Set(
      [...text.stems]
        .filter((s) => opposites.has(s))
        .concat(text.tokenNorms.filter((w) => (comparatives.get(w) ?? 0) !== 0)),
    );
  const inAnswer = polar(answer);
  const inModel = polar(model);
  const added = [...inAnswer].some((s) => !inModel.has(s) && !model.stems.has(s));
  const dropped = [...inModel].some((s) => !inAnswer.has(s) && !answer.stems.has(s));
  return added && dropped ? 1 : 0;
}

type Comparison = { direction: number; left: string; right: string };

/** Each comparison word with the nearest shared content word on either side. */
function comparisons(text: ReferenceText, shared: ReadonlySet<string>): Comparison[] {
  const found: Comparison[] = [];
  text.tokenNorms.forEach((norm, t) => {
    const direction = comparatives.get(norm);
    if (direction === undefined) return;
    const before = text.content.filter((u) => u.lastToken < t && shared.has(primaryKey(u))).at(-1);
    const after = text.content.find(
      (u) => u.firstToken > t && shared.has(primaryKey(u)) && primaryKey(u) !== primaryKey(before ?? u),
    );
    if (before !== undefined && after !== undefined)
      found.push({ direction, left: primaryKey(before), right: primaryKey(after) });
  });
  // "than" only tells the order when no word gives the direction ("more ... than" counts once).
  return found.some((c) => c.direction !== 0) ? found.filter((c) => c.direction !== 0) : found;
}

/** Comparisons that point the other way: same entities in reverse order, or the opposite comparison word. */
function comparisonFlips(answer: ReferenceText, model: ReferenceText): Record<string, number> {
  const shared = new Set([...model.keys].filter((k) => answer.keys.has(k)));
  const order = (text: ReferenceText): string[] =>
    text.content.map(primaryKey).filter((k, i, all) => shared.has(k) && all.indexOf(k) === i);
  const a = order(answer);
  const m = order(model);
  let reversed = 0,
    pairs = 0;
  for (let i = 0; i < m.length; i++)
    for (let j = i + 1; j < m.length; j++) {
      pairs++;
      if (a.indexOf(m[i] as string) > a.indexOf(m[j] as string)) reversed++;
    }
  let flips = 0;
  for (const c of comparisons(model, shared)) {
    for (const d of comparisons(answer, shared)) {
      const sameOrder = c.left === d.left && c.right === d.right;
      const swapped = c.left === d.right && c.right === d.left;
      if (!sameOrder && !swapped) continue;
      const sign = (x: Comparison, flipped: boolean): number =>
        (x.direction === 0 ? 1 : x.direction) * (flipped ? -1 : 1);
      if (sign(c, false) !== sign(d, swapped)) flips++;
    }
  }
  return { orderFlip: pairs > 0 ? reversed / pairs : 0, comparativeFlip: Math.min(flips, 2) };
}

const sentenceEnds = new Set(['.', '!', '?']);
const filler = new Set(['the', 'a', 'an', 'it', 'is', 'yes', 'no', 'ja', 'nein', 'der', 'die', 'das']);

/** The model answer opens with a short choice ("Sammy's.", "A.", "40 meters.") and the answer names none of its words. */
function leadMissing(answer: ReferenceText, model: ReferenceText): number {
  const end = model.tokenNorms.findIndex((norm) => sentenceEnds.has(norm));
  if (end <= 0 || end > 3 || end === model.tokenNorms.length - 1) return 0;
  const lead = model.tokenNorms.slice(0, end).filter((norm) => !filler.has(norm));
  const said = new Set(answer.tokenNorms);
  return lead.length > 0 && !lead.some((norm) => said.has(norm)) ? 1 : 0;
}

/** Role features of an answer against one model answer. */
export function roleFeatures(
  answer: ReferenceText,
  model: ReferenceText,
  question: ReadonlySet<string>,
  locale: Locale,
): Record<string, number> {
  const roles = roleMismatch(answer, model, question);
  return {
    ...questionWords(answer, model, question),
    contrastSwap: contrastSwap(answer, model, locale),
    roleMismatch: roles.count,
    roleShare: roles.shared > 0 ? roles.count / roles.shared : 0,
    ...comparisonFlips(answer, model),
    leadMissing: leadMissing(answer, model),
  };
}
