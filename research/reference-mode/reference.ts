import type { Locale } from '@/domain/scenario/locale';
import { defaultGrading } from '@/domain/scenario/scenario-schema';
import { compileScoring, type CompiledScoring } from '@/domain/scoring/match/compile-scoring';
import {
  conceptsPerAnswer,
  contentKeys,
  type ConceptWeight,
  type ReferenceConcept,
} from '@/domain/scoring/suggest/evidence-suggestions';
import { referenceFeatures, type ReferenceFeatures } from './reference-features';
import {
  contradicts,
  creditProbability,
  defaultReferenceModel,
  modelCreditsAnswer,
  type ReferenceModel,
} from './reference-model';
import { referenceText, type ReferenceText } from './reference-text';
import { scoreCompiled } from '@/domain/scoring/score-answer';
import { earnsCredit } from '@/domain/scoring/grade';
import type { EvidenceStatus, ScoreResult } from '@/domain/scoring/score-types';

export type { ReferenceFeatures } from './reference-features';
export {
  defaultReferenceModel,
  creditProbability,
  modelCreditsAnswer,
  type LogisticModel,
  type ReferenceModel,
} from './reference-model';

export type ReferenceOptions = {
  /** Informativeness of a concept key (for example inverse document frequency); 1 for all by default. */
  weightOf?: ConceptWeight;
  /** How features turn into the credit decision; hand-set weights by default. */
  model?: ReferenceModel;
};

type CompiledModelAnswer = { concepts: ReferenceConcept[]; compiled: CompiledScoring; text: ReferenceText };

/** Model answers prepared for scoring many answers. */
export type CompiledReference = {
  locale: Locale;
  answers: CompiledModelAnswer[];
  question: ReadonlySet<string>;
  weightOf: ConceptWeight;
  model: ReferenceModel;
};

export type ReferenceScore = {
  /** The evidence-mode result against the best-matching model answer's concepts (statuses, spans, score). */
  result: ScoreResult;
  /** 0..1: weighted share of that model answer's concepts the answer states (question words left out). */
  similarity: number;
  /** The answer negates or reverses something the model answer says. */
  contradiction: boolean;
  /** Probability of being correct under the model, and the 2-way decision. */
  probability: number;
  credited: boolean;
  /** Index of the model answer that matched best, and the features measured against it. */
  reference: number;
  features: ReferenceFeatures;
};

/** Prepares model answers once: their key concepts become evidence items, their text is analysed for comparison. */
export function compileReference(
  modelAnswers: readonly string[],
  prompt: string,
  locale: Locale,
  options: ReferenceOptions = {},
): CompiledReference {
  const weightOf = options.weightOf ?? (() => 1);
  const perAnswer = conceptsPerAnswer(modelAnswers, prompt, locale, weightOf);
  const answers = modelAnswers.map((text, i) => {
    const concepts = perAnswer[i] ?? [];
    const compiled = compileScoring({ evidence: concepts, redFlags: [], grading: defaultGrading, locale, prompt });
    return { concepts, compiled, text: referenceText(text, locale) };
  });
  return {
    locale,
    answers,
    question: new Set(contentKeys(prompt, locale)),
    weightOf,
    model: options.model ?? defaultReferenceModel,
  };
}

/** The answer against each model answer: comparison features and the evidence-mode result. */
function compare(answer: string, reference: CompiledReference): { features: ReferenceFeatures; result: ScoreResult }[] {
  const text = referenceText(answer, reference.locale);
  const ctx = { question: reference.question, weightOf: reference.weightOf, locale: reference.locale };
  return reference.answers.map((model) => {
    const result = scoreCompiled(answer, model.compiled);
    return {
      features: { ...referenceFeatures(text, model.text, ctx), ...statusFeatures(result, model.concepts) },
      result,
    };
  });
}

/** Features of an answer against each model answer of a compiled reference (for fitting a model). */
export function featuresPerModelAnswer(answer: string, reference: CompiledReference): ReferenceFeatures[] {
  return compare(answer, reference).map((c) => c.features);
}

/** What evidence-mode matching says about the concepts: share stated, share negated (by weight). */
function statusFeatures(result: ScoreResult, concepts: readonly ReferenceConcept[]): ReferenceFeatures {
  const total = concepts.reduce((t, c) => t + c.weight, 0);
  const share = (counts: (status: EvidenceStatus) => boolean): number =>
    total > 0
      ? result.evidence.reduce((t, e, i) => t + (counts(e.status) ? (concepts[i]?.weight ?? 0) : 0), 0) / total
      : 0;
  return { evidenceCoverage: share(earnsCredit), negatedShare: share((status) => status === 'negated') };
}

/** Scores an answer against compiled model answers; the model answer that gives the highest probability decides. */
export function scoreReferenceCompiled(answer: string, reference: CompiledReference): ReferenceScore {
  const all = compare(answer, reference);
  let best = -1;
  let bestProbability = -1;
  all.forEach(({ features }, i) => {
    const probability = creditProbability(features, reference.model);
    if (probability > bestProbability) {
      best = i;
      bestProbability = probability;
    }
  });
  const features = all[best]?.features ?? {};
  const result =
    all[best]?.result ??
    scoreCompiled(
      answer,
      compileScoring({ evidence: [], redFlags: [], grading: defaultGrading, locale: reference.locale }),
    );
  const probability = Math.max(0, bestProbability);
  return {
    result,
    similarity: features.recall ?? 0,
    contradiction: contradicts(features, reference.model),
    probability,
    credited: best >= 0 && modelCreditsAnswer(features, reference.model),
    reference: best,
    features,
  };
}

/** Scores an answer against a question's model answers when the question has no evidence list. */
export function scoreAgainstReference(
  answer: string,
  modelAnswers: readonly string[],
  prompt: string,
  locale: Locale,
  options: ReferenceOptions = {},
): ReferenceScore {
  return scoreReferenceCompiled(answer, compileReference(modelAnswers, prompt, locale, options));
}
