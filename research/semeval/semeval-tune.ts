// Fitting and operating-point selection for the SemEval bench, on a train split only. Both stages are fitted
// on four fifths of the train questions and scored on the fifth (grouped by question, since two of the test
// splits hold unseen questions); the thresholds are chosen on these held-out scores, and the test splits are
// scored with the mean of the five fold models.
import { creditProbability, type LogisticModel, type ReferenceModel } from '../reference-mode/reference';
import {
  fitReferenceModel,
  fitVetoModel,
  macroF1,
  tuneThreshold,
  type LabelledFeatures,
} from '../reference-mode/reference-fit';
import { flipsAnswer } from '../reference-mode/reference-model';
import type { ReferenceFeatures } from '../reference-mode/reference-features';

export type Label = 'correct' | 'contradictory' | 'incorrect';
/** Features of one train answer against each model answer, with its label and question. */
export type TrainRow = { questionId: string; label: Label; features: ReferenceFeatures[] };
export type Operating = { threshold: number; veto: number; f1: number; contradictoryCredited: number };

const folds = 5;

/** The model answer a model prefers, and its features. */
export function preferred(all: readonly ReferenceFeatures[], model: LogisticModel): ReferenceFeatures {
  return all.reduce((a, b) => (creditProbability(b, model) > creditProbability(a, model) ? b : a), all[0] ?? {});
}

/** First stage: fits on the model answer with the best recall, then refits on the model answer the first fit prefers. */
export function fitFirstStage(rows: readonly TrainRow[]): LogisticModel {
  const labelled = (choose: (all: ReferenceFeatures[]) => ReferenceFeatures): LabelledFeatures[] =>
    rows.map((row) => ({ features: choose(row.features), correct: row.label === 'correct' }));
  const byRecall = labelled((all) => all.reduce((a, b) => ((b.recall ?? 0) > (a.recall ?? 0) ? b : a)));
  const first = fitReferenceModel(byRecall);
  return fitReferenceModel(labelled((all) => preferred(all, first)));
}

/** Second stage: correct versus contradictory answers only, on the model answer the first stage prefers. */
export function fitSecondStage(rows: readonly TrainRow[], first: LogisticModel): LogisticModel {
  const samples = rows
    .filter((r) => r.label !== 'incorrect')
    .map((r) => ({ features: preferred(r.features, first), contradictory: r.label === 'contradictory' }));
  return fitVetoModel(samples);
}

type Scored = { credit: number; contradiction: number; label: Label };

function scoreRows(rows: readonly TrainRow[], first: LogisticModel, second: LogisticModel): Scored[] {
  return rows.map((row) => {
    const features = preferred(row.features, first);
    return {
      credit: flipsAnswer(features) ? 0 : creditProbability(features, first),
      contradiction: creditProbability(features, second),
      label: row.label,
    };
  });
}

export type Stages = { first: LogisticModel; second: LogisticModel };

/** Held-out scores of every train answer, folds grouped by question, and the stages fitted on each fold's rest. */
export function crossValidate(rows: readonly TrainRow[]): { scored: Scored[]; folds: Stages[] } {
  const questions = [...new Set(rows.map((r) => r.questionId))].sort();
  const foldOf = new Map(questions.map((q, i) => [q, i % folds]));
  const scored = new Array<Scored>(rows.length);
  const fitted: Stages[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const inFold = rows.map((r) => foldOf.get(r.questionId) === fold);
    const train = rows.filter((_, i) => !inFold[i]);
    const first = fitFirstStage(train);
    const second = fitSecondStage(train, first);
    fitted.push({ first, second });
    const held = rows.filter((_, i) => inFold[i]);
    const heldScores = scoreRows(held, first, second);
    let k = 0;
    inFold.forEach((yes, i) => {
      if (yes) scored[i] = heldScores[k++] as Scored;
    });
  }
  return { scored, folds: fitted };
}

function operatingFigures(scored: readonly Scored[], threshold: number, veto: number): Operating {
  const credited = scored.map((s) => s.credit >= threshold && s.contradiction < veto);
  const correct = scored.map((s) => s.label === 'correct');
  const contradictory = scored.filter((s) => s.label === 'contradictory');
  const creditedContradictory = scored.filter((s, i) => s.label === 'contradictory' && credited[i]).length;
  return {
    threshold,
    veto,
    f1: macroF1(credited, correct),
    contradictoryCredited: creditedContradictory / Math.max(1, contradictory.length),
  };
}

function grid(scored: readonly Scored[]): Operating[] {
  const all: Operating[] = [];
  for (let t = 20; t <= 85; t++)
    for (let v = 5; v <= 101; v += v >= 100 ? 1 : 5) all.push(operatingFigures(scored, t / 100, v / 100));
  return all;
}

/** The best held-out macro-F1 with at most `cap` of the contradictory answers credited; veto above 1 means no second stage. */
export function chooseOperating(scored: readonly Scored[], cap: number): Operating {
  const accepted = grid(scored).filter((o) => o.contradictoryCredited <= cap);
  return (
    accepted.reduce<Operating | null>((best, o) => (best === null || o.f1 > best.f1 + 1e-9 ? o : best), null) ??
    operatingFigures(scored, 0.99, 0)
  );
}

/** The fewest contradictory answers credited while giving up at most `tolerance` of the best held-out macro-F1. */
export function chooseBalanced(scored: readonly Scored[], tolerance: number): Operating {
  const all = grid(scored);
  const top = Math.max(...all.map((o) => o.f1));
  const near = all.filter((o) => o.f1 >= top - tolerance);
  return near.reduce((best, o) =>
    o.contradictoryCredited < best.contradictoryCredited - 1e-9 ||
    (o.contradictoryCredited <= best.contradictoryCredited + 1e-9 && o.f1 > best.f1)
      ? o
      : best,
  );
}

/** The best held-out macro-F1 with the first stage alone, and what it credits. */
export function unconstrained(scored: readonly Scored[]): Operating {
  const threshold = tuneThreshold(
    scored.map((s) => s.credit),
    scored.map((s) => s.label === 'correct'),
  );
  return operatingFigures(scored, threshold, 1.01);
}

/** The mean of logistic models (their log-odds averaged), threshold of the first. */
function averaged(models: readonly LogisticModel[]): LogisticModel {
  const weights: Record<string, number> = {};
  for (const m of models)
    for (const [name, w] of Object.entries(m.weights)) weights[name] = (weights[name] ?? 0) + w / models.length;
  return {
    bias: models.reduce((t, m) => t + m.bias, 0) / models.length,
    weights,
    threshold: models[0]?.threshold ?? 0.5,
  };
}

/**
 * The stages used on the test splits: the mean of the fold models. Their held-out scores chose the thresholds, so the
 * thresholds fit them; a model refitted on all of train is more confident and would shift every probability.
 */
export function finalStages(foldStages: readonly Stages[]): Stages {
  return { first: averaged(foldStages.map((s) => s.first)), second: averaged(foldStages.map((s) => s.second)) };
}

/** The refitted stages with the thresholds of an operating point. */
export function atOperating(stages: Stages, operating: Operating): ReferenceModel {
  const first = { ...stages.first, threshold: operating.threshold };
  return operating.veto > 1 ? first : { ...first, veto: { ...stages.second, threshold: operating.veto } };
}
