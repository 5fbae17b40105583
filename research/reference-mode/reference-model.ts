import type { ReferenceFeatures } from './reference-features';

/** A logistic model over features: positive when the probability reaches the threshold. */
export type LogisticModel = { bias: number; weights: Readonly<Record<string, number>>; threshold: number };

/**
 * A logistic model over reference features: credited when the probability reaches the threshold, unless the
 * optional second stage (fitted on correct versus contradictory answers only) finds a contradiction likely.
 */
export type ReferenceModel = LogisticModel & { veto?: LogisticModel };

/**
 * Hand-set weights, used until a model fitted on labelled answers is supplied: most of the model answer's
 * concepts must be there, and any sign of saying the opposite weighs heavily against credit.
 */
export const defaultReferenceModel: ReferenceModel = {
  bias: -4,
  weights: {
    recall: 5,
    precision: 2,
    'recall>=0.6': 1,
    polarity: -6,
    antonyms: -3,
    claimFlip: -6,
    poleAnchorFlip: -3,
    claimAgree: 1,
  },
  threshold: 0.5,
};

/** Probability that the answer is correct under the model (for a veto model: that it contradicts). */
export function creditProbability(features: ReferenceFeatures, model: LogisticModel): number {
  let z = model.bias;
  for (const [name, weight] of Object.entries(model.weights)) z += weight * (features[name] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** Features that show the answer contradicting the model answer (the second stage, when there is one, decides too). */
export function contradicts(features: ReferenceFeatures, model?: ReferenceModel): boolean {
  if (model?.veto !== undefined && creditProbability(features, model.veto) >= model.veto.threshold) return true;
  return (
    (features.polarity ?? 0) > 0 ||
    (features.antonyms ?? 0) > 0 ||
    (features.claimFlip ?? 0) > 0 ||
    flipsAnswer(features)
  );
}

/** An explicit flip (yes for no, another number) is never credited, whatever the weights say. */
export function flipsAnswer(features: ReferenceFeatures): boolean {
  return (features.yesNo ?? 0) > 0 || (features.numbers ?? 0) > 0;
}

/**
 * The 2-way decision on an answer against a model answer: credited when the probability reaches the threshold, unless
 * it flips an explicit answer or the second stage finds a contradiction likely.
 */
export function modelCreditsAnswer(features: ReferenceFeatures, model: ReferenceModel): boolean {
  if (flipsAnswer(features) || creditProbability(features, model) < model.threshold) return false;
  return model.veto === undefined || creditProbability(features, model.veto) < model.veto.threshold;
}
