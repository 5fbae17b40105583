import type { Locale } from '@/domain/scenario/locale';
import type { Unit } from '@/domain/scoring/words/analyze';
import { primaryKey } from './primary-key';
import { editDistance } from '@/domain/text/edit-distance';
import { typoBudget } from '@/domain/scoring/match/fuzzy';
import type { ConceptWeight } from '@/domain/scoring/suggest/evidence-suggestions';
import { bigramShare, contradictionFeatures } from './reference-contrast';
import { claimAgreements, claimFlips } from './reference-claims';
import { poleFeatures } from './reference-poles';
import { roleFeatures } from './reference-roles';
import type { ReferenceText } from './reference-text';

/** Measured features of an answer against one model answer; the names are stable, models weigh them. */
export const baseFeatureNames = [
  'recall',
  'recallCount',
  'recallAll',
  'recallSoft',
  'recallRelated',
  'recallPrefix',
  'precision',
  'precisionCount',
  'novelty',
  'answerLength',
  'referenceLength',
  'topConcepts',
  'maxMissing',
  'bigrams',
  'questionShare',
  'bestSentence',
  'polarity',
  'antonyms',
  'yesNo',
  'numbers',
  'negationDiffers',
  'recall*precision',
  'recallRelated*precision',
  'evidenceCoverage',
  'negatedShare',
  'polarityAll',
  'claimFlip',
  'claimAgree',
  'poleFlip',
  'polePairFlip',
  'poleAnchorFlip',
] as const;

// Step features let a linear model bend: "recall at least 0.6" is worth more than 0.6 times "recall".
const steps = {
  recall: [0.2, 0.4, 0.6, 0.8, 0.999],
  precision: [0.2, 0.4, 0.6, 0.8],
  recallAll: [0.3, 0.5, 0.7, 0.9],
  recallRelated: [0.25, 0.5, 0.75, 0.999],
  recallSoft: [0.25, 0.5, 0.75, 0.999],
  recallCount: [0.25, 0.5, 0.75, 0.999],
  precisionCount: [0.25, 0.5, 0.75, 0.999],
  answerWords: [2, 4, 7, 12, 20],
} as const;

export type ReferenceFeatures = Record<string, number>;

/** Every feature name, base features first, then the steps. */
export const featureNames: readonly string[] = [
  ...baseFeatureNames,
  ...Object.entries(steps).flatMap(([name, values]) => values.map((v) => `${name}>=${v}`)),
];

type Context = { question: ReadonlySet<string>; weightOf: ConceptWeight; locale: Locale };

const hits = (u: Unit, keys: ReadonlySet<string>): boolean => u.keys.some((k) => keys.has(k));

function typoHit(unit: Unit, answer: ReferenceText): boolean {
  const word = unit.word;
  if (word === null || word.length < 5) return false;
  return answer.content.some((v) => {
    if (v.word === null || v.word[0] !== word[0]) return false;
    const budget = typoBudget(Math.min(word.length, v.word.length));
    return budget > 0 && editDistance(word, v.word, { swaps: true, budget }) <= budget;
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

type ConceptCheck = { unit: Unit; weight: number; hit: boolean; fromQuestion: boolean };

const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);
const sum = (checks: readonly ConceptCheck[], value: (c: ConceptCheck) => number): number =>
  checks.reduce((t, c) => t + value(c), 0);

/** Recall within the best-covered sentence of the model answer. */
function bestSentence(checks: readonly ConceptCheck[], model: ReferenceText): number {
  const sentences = new Map<number, ConceptCheck[]>();
  for (const check of checks) {
    const sentence = model.sentenceOf.get(check.unit) ?? 0;
    sentences.set(sentence, [...(sentences.get(sentence) ?? []), check]);
  }
  return Math.max(
    0,
    ...[...sentences.values()].map((list) =>
      ratio(
        sum(list, (c) => (c.hit ? c.weight : 0)),
        sum(list, (c) => c.weight),
      ),
    ),
  );
}

/** How much of the model answer the answer states, by weight, with and without the question's own words. */
function recallFeatures(answer: ReferenceText, model: ReferenceText, ctx: Context): ReferenceFeatures {
  const checks: ConceptCheck[] = distinct(model.content).map((unit) => ({
    unit,
    weight: ctx.weightOf(primaryKey(unit)),
    hit: hits(unit, answer.keys) || typoHit(unit, answer),
    fromQuestion: hits(unit, ctx.question),
  }));
  const own = checks.filter((c) => !c.fromQuestion);
  const found = own.filter((c) => c.hit);
  const missed = own.filter((c) => !c.hit);
  const softWeight = (c: ConceptCheck): number => (c.fromQuestion ? 0.3 : 1) * c.weight;
  const ownWeight = sum(own, (c) => c.weight);
  const foundWeight = sum(found, (c) => c.weight);
  const top = [...own].sort((a, b) => b.weight - a.weight).slice(0, 3);
  return {
    recall: ratio(foundWeight, ownWeight),
    recallCount: ratio(found.length, own.length),
    recallAll: ratio(
      sum(checks, (c) => (c.hit ? c.weight : 0)),
      sum(checks, (c) => c.weight),
    ),
    recallSoft: ratio(
      sum(checks, (c) => (c.hit ? softWeight(c) : 0)),
      sum(checks, softWeight),
    ),
    recallRelated: ratio(
      foundWeight + sum(missed, (c) => (relatedHit(c.unit, model, answer) ? c.weight : 0)),
      ownWeight,
    ),
    recallPrefix: ratio(foundWeight + sum(missed, (c) => (prefixHit(c.unit, answer) ? c.weight : 0)), ownWeight),
    topConcepts: ratio(top.filter((c) => c.hit).length, top.length),
    maxMissing: Math.max(0, ...missed.map((c) => c.weight)),
    bestSentence: bestSentence(own, model),
    polarity: found.filter((c) => hits(c.unit, model.negatedKeys) !== hits(c.unit, answer.negatedKeys)).length,
    // The question's own words count here too: "the string is not longer" against "it got longer".
    polarityAll: checks.filter((c) => c.hit && hits(c.unit, model.negatedKeys) !== hits(c.unit, answer.negatedKeys))
      .length,
  };
}

/** How much of what the answer says belongs to the model answer. */
function precisionFeatures(answer: ReferenceText, model: ReferenceText, ctx: Context): ReferenceFeatures {
  let weight = 0,
    matched = 0,
    count = 0,
    countHit = 0,
    novel = 0,
    fromQuestion = 0;
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

function stepFeatures(base: ReferenceFeatures, answerWords: number): ReferenceFeatures {
  const out: ReferenceFeatures = {};
  const values: Record<keyof typeof steps, number> = {
    recall: base.recall ?? 0,
    precision: base.precision ?? 0,
    recallAll: base.recallAll ?? 0,
    recallRelated: base.recallRelated ?? 0,
    recallSoft: base.recallSoft ?? 0,
    recallCount: base.recallCount ?? 0,
    precisionCount: base.precisionCount ?? 0,
    answerWords,
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
    claimFlip: claimFlips(answer.claims, model.claims),
    claimAgree: claimAgreements(answer.claims, model.claims),
    answerLength: Math.log1p(answer.content.length),
    referenceLength: Math.log1p(model.content.length),
  };
  // Products let the model credit answers that are both complete and on the point.
  base['recall*precision'] = (base.recall ?? 0) * (base.precision ?? 0);
  base['recallRelated*precision'] = (base.recallRelated ?? 0) * (base.precision ?? 0);
  return {
    ...base,
    ...stepFeatures(base, answer.content.length),
    ...roleFeatures(answer, model, ctx.question, ctx.locale),
    ...poleFeatures(answer, model),
  };
}
