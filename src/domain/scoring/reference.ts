import type { Locale } from '@/domain/scenario/locale';
import { defaultGrading } from '@/domain/scenario/scenario-schema';
import { compileScoring, type CompiledScoring } from './compile-scoring';
import { conceptsPerAnswer, type ConceptWeight, type ReferenceConcept } from './reference-concepts';
import { scoreCompiled } from './score-answer';
import type { ScoreResult } from './score-types';

export { deriveReferenceConcepts, contentKeys, type ReferenceConcept, type ConceptWeight } from './reference-concepts';

export type ReferenceOptions = {
  /** Informativeness of a concept key (for example inverse document frequency); 1 for all by default. */
  weightOf?: ConceptWeight;
  /** Similarity from which an answer is credited as correct. */
  threshold?: number;
};

/** Default credit threshold: most of the model answer's concepts, by weight, must be there. */
export const defaultReferenceThreshold = 0.6;

type CompiledModelAnswer = { concepts: ReferenceConcept[]; compiled: CompiledScoring };

/** Model answers prepared for scoring many answers. */
export type CompiledReference = { locale: Locale; threshold: number; answers: CompiledModelAnswer[] };

export type ReferenceScore = {
  /** The evidence-mode result against the best-matching model answer's concepts. */
  result: ScoreResult;
  /** 0..1: weighted share of that model answer's concepts the answer states. */
  similarity: number;
  /** The answer negates or reverses a concept of the model answer. */
  contradiction: boolean;
  /** The 2-way decision: similar enough and not contradicting. */
  credited: boolean;
  /** Index of the model answer that matched best. */
  reference: number;
};

/** Prepares model answers once: their key concepts become evidence items. */
export function compileReference(modelAnswers: readonly string[], prompt: string, locale: Locale, options: ReferenceOptions = {}): CompiledReference {
  const perAnswer = conceptsPerAnswer(modelAnswers, prompt, locale, options.weightOf);
  const answers = perAnswer
    .filter((concepts) => concepts.length > 0)
    .map((concepts) => ({
      concepts,
      compiled: compileScoring({ evidence: concepts, redFlags: [], grading: defaultGrading, locale, prompt }),
    }));
  return { locale, threshold: options.threshold ?? defaultReferenceThreshold, answers };
}

function judgeAgainst(answer: string, model: CompiledModelAnswer): { result: ScoreResult; similarity: number; contradiction: boolean } {
  const result = scoreCompiled(answer, model.compiled);
  const contradiction = result.evidence.some((e) => e.status === 'negated');
  return { result, similarity: result.coverage, contradiction };
}

/** Scores an answer against compiled model answers; the best-matching model answer decides. */
export function scoreReferenceCompiled(answer: string, reference: CompiledReference): ReferenceScore {
  let best: (ReturnType<typeof judgeAgainst> & { reference: number }) | null = null;
  reference.answers.forEach((model, index) => {
    const judged = judgeAgainst(answer, model);
    const rank = (j: typeof judged): number => (j.contradiction ? -1 : 0) + j.similarity;
    if (best === null || rank(judged) > rank(best)) best = { ...judged, reference: index };
  });
  const chosen = best as (ReturnType<typeof judgeAgainst> & { reference: number }) | null;
  if (chosen === null) {
    const empty = scoreCompiled(answer, compileScoring({ evidence: [], redFlags: [], grading: defaultGrading, locale: reference.locale }));
    return { result: empty, similarity: 0, contradiction: false, credited: false, reference: -1 };
  }
  const credited = !chosen.contradiction && chosen.similarity >= reference.threshold;
  return { result: chosen.result, similarity: chosen.similarity, contradiction: chosen.contradiction, credited, reference: chosen.reference };
}

/** Scores an answer against a question's model answers when the question has no evidence list. */
export function scoreAgainstReference(answer: string, modelAnswers: readonly string[], prompt: string, locale: Locale, options: ReferenceOptions = {}): ReferenceScore {
  return scoreReferenceCompiled(answer, compileReference(modelAnswers, prompt, locale, options));
}
