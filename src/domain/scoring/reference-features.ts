import type { Locale } from '@/domain/scenario/locale';
import type { Unit } from './analyze';
import { boundedDistance, typoBudget } from './fuzzy';
import type { ConceptWeight } from './reference-concepts';
import { antonymsFor, type ReferenceText } from './reference-text';

/** Measured features of an answer against one model answer; the names are stable, models weigh them. */
export const baseFeatureNames = [
  'recall', 'recallCount', 'recallAll', 'recallSoft', 'recallRelated', 'recallPrefix', 'precision', 'precisionCount', 'novelty', 'answerLength',
  'referenceLength', 'topConcepts', 'maxMissing', 'bigrams', 'questionShare', 'bestSentence',
  'polarity', 'antonyms', 'yesNo', 'numbers', 'negationDiffers',
] as const;

// Step features let a linear model bend: "recall at least 0.6" is worth more than 0.6 times "recall".
const steps = {
  recall: [0.2, 0.4, 0.6, 0.8, 0.999],
  precision: [0.2, 0.4, 0.6, 0.8],
  recallAll: [0.3, 0.5, 0.7, 0.9],
  answerWords: [2, 4, 7, 12, 20],
} as const;

type StepName = `${keyof typeof steps}>=${number}`;
export type FeatureName = (typeof baseFeatureNames)[number] | StepName;
export type ReferenceFeatures = Record<string, number>;

/** Every feature name, base features first, then the steps. */
export const featureNames: readonly string[] = [
  ...baseFeatureNames,
  ...Object.entries(steps).flatMap(([name, values]) => values.map((v) => `${name}>=${v}`)),
];

type Context = { question: ReadonlySet<string>; weightOf: ConceptWeight; locale: Locale };

const primaryKey = (u: Unit): string => u.keys[0] ?? '';
const hits = (u: Unit, keys: ReadonlySet<string>): boolean => u.keys.some((k) => keys.has(k));

function typoHit(unit: Unit, answer: ReferenceText): boolean {
  const word = unit.word;
  if (word === null || word.length < 5) return false;
  return answer.content.some((v) => {
    if (v.word === null || v.word[0] !== word[0]) return false;
    const budget = typoBudget(Math.min(word.length, v.word.length));
    return budget > 0 && boundedDistance(word, v.word, budget) <= budget;
  });
}

/** A shared stem beginning of five letters ("tighten"/"tight" do not count, "magnet"/"magnetic" do). */
function prefixHit(unit: Unit, answer: ReferenceText): boolean {
  const key = primaryKey(unit);
  if (key.includes(':') || key.length < 4) return false;
  return answer.content.some((v) => {
    const other = primaryKey(v);
    if (other.includes(':') || other.length < 4) return false;
    let n = 0;
    while (n < key.length && n < other.length && key[n] === other[n]) n++;
    return n >= 5 || (n >= 4 && n === Math.min(key.length, other.length));
  });
}

const relatedHit = (unit: Unit, model: ReferenceText, answer: ReferenceText): boolean =>
  (model.relatedOf.get(unit) ?? []).some((g) => answer.related.has(g));

function distinct(units: readonly Unit[]): Unit[] {
  const byKey = new Map<string, Unit>();
  for (const unit of units) if (!byKey.has(primaryKey(unit))) byKey.set(primaryKey(unit), unit);
  return [...byKey.values()];
}

/** How much of the model answer the answer states, by weight, with and without the question's own words. */
function recallFeatures(answer: ReferenceText, model: ReferenceText, ctx: Context): ReferenceFeatures {
  let all = 0, allHit = 0, own = 0, ownHit = 0, soft = 0, softHit = 0, count = 0, countHit = 0, maxMissing = 0, polarity = 0;
  let related = 0, prefixed = 0;
  const ranked: [number, boolean][] = [];
  const sentences = new Map<number, [number, number]>();
  for (const unit of distinct(model.content)) {
    const weight = ctx.weightOf(primaryKey(unit));
    const hit = hits(unit, answer.keys) || typoHit(unit, answer);
    const fromQuestion = hits(unit, ctx.question);
    all += weight;
    soft += fromQuestion ? 0.3 * weight : weight;
    if (hit) allHit += weight;
    if (hit) softHit += fromQuestion ? 0.3 * weight : weight;
    if (fromQuestion) continue;
    own += weight;
    count++;
    ranked.push([weight, hit]);
    const sentence = sentences.get(model.sentenceOf.get(unit) ?? 0) ?? [0, 0];
    sentence[0] += weight;
    if (hit) sentence[1] += weight;
    sentences.set(model.sentenceOf.get(unit) ?? 0, sentence);
    if (!hit) {
      maxMissing = Math.max(maxMissing, weight);
      if (relatedHit(unit, model, answer)) related += weight;
      if (prefixHit(unit, answer)) prefixed += weight;
      continue;
    }
    ownHit += weight;
    countHit++;
    if (hits(unit, model.negatedKeys) !== hits(unit, answer.negatedKeys)) polarity++;
  }
  const top = ranked.sort((a, b) => b[0] - a[0]).slice(0, 3);
  const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);
  return {
    recall: ratio(ownHit, own),
    recallCount: ratio(countHit, count),
    recallAll: ratio(allHit, all),
    recallSoft: ratio(softHit, soft),
    recallRelated: ratio(ownHit + related, own),
    recallPrefix: ratio(ownHit + prefixed, own),
    topConcepts: ratio(top.filter(([, hit]) => hit).length, top.length),
    maxMissing,
    bestSentence: Math.max(0, ...[...sentences.values()].map(([w, h]) => ratio(h, w))),
    polarity,
  };
}

/** How much of what the answer says belongs to the model answer. */
function precisionFeatures(answer: ReferenceText, model: ReferenceText, ctx: Context): ReferenceFeatures {
  let weight = 0, matched = 0, count = 0, countHit = 0, novel = 0, fromQuestion = 0;
  const units = distinct(answer.content);
  for (const unit of units) {
    if (hits(unit, ctx.question)) {
      fromQuestion++;
      continue;
    }
    const w = ctx.weightOf(primaryKey(unit));
    weight += w;
    count++;
    if (hits(unit, model.keys)) {
      matched += w;
      countHit++;
    } else novel += w;
  }
  return {
    precision: weight > 0 ? matched / weight : 0,
    precisionCount: count > 0 ? countHit / count : 0,
    novelty: Math.log1p(novel),
    questionShare: units.length > 0 ? fromQuestion / units.length : 0,
  };
}

function bigramShare(answer: ReferenceText, model: ReferenceText): number {
  const pairs = (units: readonly Unit[]): Set<string> => new Set(units.slice(1).map((u, i) => `${primaryKey(units[i] as Unit)} ${primaryKey(u)}`));
  const modelPairs = pairs(model.content);
  const answerPairs = pairs(answer.content);
  return modelPairs.size === 0 ? 0 : [...modelPairs].filter((p) => answerPairs.has(p)).length / modelPairs.size;
}

/** Signs that the answer says the opposite: antonyms, a flipped yes/no, other numbers, a negation on one side only. */
function contradictionFeatures(answer: ReferenceText, model: ReferenceText, locale: Locale): ReferenceFeatures {
  const opposites = antonymsFor(locale);
  let antonyms = 0;
  for (const stem of answer.stems) {
    const opposite = opposites.get(stem);
    if (opposite !== undefined && !model.stems.has(stem) && [...opposite].some((o) => model.stems.has(o))) antonyms++;
  }
  const yes = locale === 'de' ? 'ja' : 'yes';
  const no = locale === 'de' ? 'nein' : 'no';
  const flipped = (model.firstWord === yes && answer.firstWord === no) || (model.firstWord === no && answer.firstWord === yes);
  const otherNumbers = model.numbers.size > 0 && answer.numbers.size > 0 && ![...answer.numbers].some((n) => model.numbers.has(n));
  return { antonyms, yesNo: flipped ? 1 : 0, numbers: otherNumbers ? 1 : 0, negationDiffers: answer.negation === model.negation ? 0 : 1 };
}

function stepFeatures(base: ReferenceFeatures, answerWords: number): ReferenceFeatures {
  const out: ReferenceFeatures = {};
  const values: Record<keyof typeof steps, number> = {
    recall: base.recall ?? 0, precision: base.precision ?? 0, recallAll: base.recallAll ?? 0, answerWords,
  };
  for (const [name, thresholds] of Object.entries(steps) as [keyof typeof steps, readonly number[]][]) {
    for (const t of thresholds) out[`${name}>=${t}`] = values[name] >= t ? 1 : 0;
  }
  return out;
}

/** All comparison features of an answer against one model answer. */
export function referenceFeatures(answer: ReferenceText, model: ReferenceText, ctx: Context): ReferenceFeatures {
  const base: ReferenceFeatures = {
    ...recallFeatures(answer, model, ctx),
    ...precisionFeatures(answer, model, ctx),
    ...contradictionFeatures(answer, model, ctx.locale),
    bigrams: bigramShare(answer, model),
    answerLength: Math.log1p(answer.content.length),
    referenceLength: Math.log1p(model.content.length),
  };
  return { ...base, ...stepFeatures(base, answer.content.length) };
}
