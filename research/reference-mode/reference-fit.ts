import { featureNames, type ReferenceFeatures } from './reference-features';
import type { LogisticModel, ReferenceModel } from './reference-model';
import { poleFeatureNames } from './reference-poles';
import { roleFeatureNames } from './reference-roles';

/** One labelled answer: its features against the model answer and whether graders called it correct. */
export type LabelledFeatures = { features: ReferenceFeatures; correct: boolean };

export type FitOptions = {
  l2?: number;
  iterations?: number;
  rate?: number;
  threshold?: number;
  /** The features the model may weigh; the comparison features by default. */
  names?: readonly string[];
};

function standardise(rows: readonly number[][], width: number): { mean: number[]; scale: number[] } {
  const mean = new Array<number>(width).fill(0);
  const scale = new Array<number>(width).fill(0);
  for (const row of rows) row.forEach((x, j) => (mean[j] = (mean[j] ?? 0) + x / rows.length));
  for (const row of rows) row.forEach((x, j) => (scale[j] = (scale[j] ?? 0) + (x - (mean[j] ?? 0)) ** 2 / rows.length));
  return { mean, scale: scale.map((v) => Math.sqrt(v)) };
}

/**
 * Fits a logistic model by batch gradient descent with L2 regularisation on standardised features, and returns
 * it in raw-feature form. Deterministic: it starts from zero and visits the samples in order.
 */
export function fitReferenceModel(samples: readonly LabelledFeatures[], options: FitOptions = {}): ReferenceModel {
  const { l2 = 0.01, iterations = 1500, rate = 0.5, threshold = 0.5, names = featureNames } = options;
  const rows = samples.map((s) => names.map((name) => s.features[name] ?? 0));
  const { mean, scale } = standardise(rows, names.length);
  const z = rows.map((row) => row.map((x, j) => ((scale[j] ?? 0) > 0 ? (x - (mean[j] ?? 0)) / (scale[j] ?? 1) : 0)));
  const w = new Array<number>(names.length).fill(0);
  let bias = 0;
  for (let step = 0; step < iterations; step++) {
    const gradient = new Array<number>(w.length).fill(0);
    let biasGradient = 0;
    z.forEach((row, i) => {
      let s = bias;
      for (let j = 0; j < row.length; j++) s += (w[j] ?? 0) * (row[j] ?? 0);
      const error = 1 / (1 + Math.exp(-s)) - (samples[i]?.correct === true ? 1 : 0);
      for (let j = 0; j < row.length; j++) gradient[j] = (gradient[j] ?? 0) + error * (row[j] ?? 0);
      biasGradient += error;
    });
    for (let j = 0; j < w.length; j++) w[j] = (w[j] ?? 0) - rate * ((gradient[j] ?? 0) / z.length + l2 * (w[j] ?? 0));
    bias -= (rate * biasGradient) / z.length;
  }
  const weights: Record<string, number> = {};
  let rawBias = bias;
  names.forEach((name, j) => {
    const sd = scale[j] ?? 0;
    if (sd === 0 || w[j] === 0) return;
    weights[name] = (w[j] ?? 0) / sd;
    rawBias -= ((w[j] ?? 0) * (mean[j] ?? 0)) / sd;
  });
  return { bias: rawBias, weights, threshold };
}

/** What the second stage weighs: the comparison features and the role features. */
export const vetoFeatureNames: readonly string[] = [
  ...new Set([...featureNames, ...roleFeatureNames, ...poleFeatureNames]),
];

/** One correct or contradictory answer, for the second stage. */
export type ContrastSample = { features: ReferenceFeatures; contradictory: boolean };

/** Fits the second stage: the probability that an answer the first stage might credit contradicts the model answer. */
export function fitVetoModel(samples: readonly ContrastSample[], threshold = 0.5): LogisticModel {
  // Stronger regularisation than the first stage: the contradiction signs are sparse and many are correlated.
  return fitReferenceModel(
    samples.map((s) => ({ features: s.features, correct: s.contradictory })),
    { names: vetoFeatureNames, threshold, l2: 0.1 },
  );
}

/** 2-way macro-F1 of credit decisions against labels. */
export function macroF1(credited: readonly boolean[], correct: readonly boolean[]): number {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  credited.forEach((c, i) => {
    if (c && correct[i]) tp++;
    else if (c) fp++;
    else if (correct[i]) fn++;
    else tn++;
  });
  const f1 = (t: number, f: number, m: number): number => (t === 0 ? 0 : (2 * t) / (2 * t + f + m));
  return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
}

/** The probability threshold with the best macro-F1, among thresholds the caller accepts (for example, few contradictions credited). */
export function tuneThreshold(
  probabilities: readonly number[],
  correct: readonly boolean[],
  accept: (threshold: number) => boolean = () => true,
): number {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.05; t <= 0.95 + 1e-9; t += 0.01) {
    const threshold = Math.round(t * 100) / 100;
    if (!accept(threshold)) continue;
    const f1 = macroF1(
      probabilities.map((p) => p >= threshold),
      correct,
    );
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return best.threshold;
}
