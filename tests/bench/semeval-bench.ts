// Reference-answer mode on SemEval-2013 Task 7 (Beetle, SciEntsBank), 2-way: correct versus the rest.
// Everything tunable is fitted on each corpus's train split at run time: concept weights (inverse document
// frequency over the train reference answers), the weights of the comparison features (logistic regression)
// and the credit threshold. The test splits are only scored. Nothing derived from the data is written anywhere.
//   npm run bench:semeval -- [--json]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileReference, contentKeys, creditProbability, featuresPerModelAnswer, scoreReferenceCompiled, type CompiledReference, type ReferenceModel } from '@/domain/scoring/reference';
import { flipsAnswer } from '@/domain/scoring/reference-model';
import { fitReferenceModel, macroF1, tuneThreshold, type LabelledFeatures } from '@/domain/scoring/reference-fit';

type Label = 'correct' | 'contradictory' | 'incorrect';
type Item = { questionId: string; question: string; references: string[]; answer: string; label: Label };
type Figures = { n: number; accuracy: number; macroF1: number; contradictoryCredited: number };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = path.resolve(repoRoot, '..', 'shared', 'bench', 'semeval2013-task7', 'data');
const corpora = {
  sciEntsBank: ['test-unseen-answers', 'test-unseen-questions', 'test-unseen-domains'],
  beetle: ['test-unseen-answers', 'test-unseen-questions'],
} as const;
const contradictionCap = 0.08;

function readSplit(corpus: string, split: string): Item[] {
  return readFileSync(path.join(dataDir, `${corpus}_${split}_3way.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as { question_id: string; question: string; reference_answers: { text: string }[]; student_answer: string; label: Label };
      return { questionId: row.question_id, question: row.question, references: row.reference_answers.map((r) => r.text), answer: row.student_answer, label: row.label };
    });
}

/** Inverse document frequency of concept keys over the train reference answers (one document per question). */
function idfFrom(train: readonly Item[]): (key: string) => number {
  const documents = new Map<string, Set<string>>();
  for (const item of train) if (!documents.has(item.questionId)) documents.set(item.questionId, new Set(item.references.flatMap((r) => contentKeys(r, 'en'))));
  const df = new Map<string, number>();
  for (const keys of documents.values()) for (const key of keys) df.set(key, (df.get(key) ?? 0) + 1);
  return (key) => Math.log((documents.size + 1) / ((df.get(key) ?? 0) + 1)) + 1;
}

function compiler(weightOf: (key: string) => number): (item: Item) => CompiledReference {
  const compiled = new Map<string, CompiledReference>();
  return (item) => {
    const known = compiled.get(item.questionId) ?? compileReference(item.references, item.question, 'en', { weightOf });
    compiled.set(item.questionId, known);
    return known;
  };
}

/** Fits on the model answer with the best recall, then refits on the model answer the first fit prefers. */
function fit(features: readonly LabelledFeatures[][]): ReferenceModel {
  const pick = (choose: (all: LabelledFeatures[]) => LabelledFeatures): LabelledFeatures[] => features.map((all) => choose(all));
  const byRecall = pick((all) => all.reduce((a, b) => ((b.features.recall ?? 0) > (a.features.recall ?? 0) ? b : a)));
  const first = fitReferenceModel(byRecall);
  const byModel = pick((all) => all.reduce((a, b) => (creditProbability(b.features, first) > creditProbability(a.features, first) ? b : a)));
  return fitReferenceModel(byModel);
}

function figures(items: readonly Item[], credited: readonly boolean[]): Figures {
  const correct = items.map((i) => i.label === 'correct');
  const contradictory = items.map((item, i) => (item.label === 'contradictory' ? credited[i] : null)).filter((c) => c !== null);
  return {
    n: items.length,
    accuracy: credited.filter((c, i) => c === correct[i]).length / Math.max(1, items.length),
    macroF1: macroF1(credited, correct),
    contradictoryCredited: contradictory.length === 0 ? 0 : contradictory.filter(Boolean).length / contradictory.length,
  };
}

type Tuned = { model: ReferenceModel; cautious: number; train: Figures };

function tune(train: readonly Item[], referenceOf: (item: Item) => CompiledReference): Tuned {
  const features = train.map((item) => featuresPerModelAnswer(item.answer, referenceOf(item)).map((f) => ({ features: f, correct: item.label === 'correct' })));
  const model = fit(features);
  // The probability of the model answer the model prefers; an explicit flip (yes/no, numbers) is never credited.
  const probabilities = features.map((all) => {
    const best = all.reduce((a, b) => (creditProbability(b.features, model) > creditProbability(a.features, model) ? b : a));
    return flipsAnswer(best.features) ? 0 : creditProbability(best.features, model);
  });
  const correct = train.map((i) => i.label === 'correct');
  const threshold = tuneThreshold(probabilities, correct);
  const contradictory = probabilities.filter((_, i) => train[i]?.label === 'contradictory');
  const capped = (t: number): boolean => contradictory.filter((p) => p >= t).length <= contradictionCap * contradictory.length;
  const cautious = tuneThreshold(probabilities, correct, capped);
  return { model: { ...model, threshold }, cautious, train: figures(train, probabilities.map((p) => p >= threshold)) };
}

function evaluate(items: readonly Item[], referenceOf: (item: Item) => CompiledReference, model: ReferenceModel): Figures {
  return figures(items, items.map((item) => scoreReferenceCompiled(item.answer, { ...referenceOf(item), model }).credited));
}

function report(tuned: Record<string, Tuned>, splits: Record<string, Figures>, cautious: Record<string, Figures>): string {
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const row = (name: string, f: Figures): string =>
    `${name.padEnd(38)} ${String(f.n).padStart(5)}   ${pct(f.accuracy).padStart(7)}   ${f.macroF1.toFixed(3)}     ${pct(f.contradictoryCredited).padStart(6)}`;
  const header = 'split                                    n   accuracy  macro-F1  contradictory credited';
  const lines = ['SemEval-2013 Task 7, reference-answer mode, 2-way (correct vs. rest). Feature weights and threshold fitted on each train split.', ''];
  for (const [corpus, t] of Object.entries(tuned)) {
    lines.push(`${corpus}: threshold ${t.model.threshold.toFixed(2)} (train macro-F1 ${t.train.macroF1.toFixed(3)}), cautious threshold ${t.cautious.toFixed(2)}`);
  }
  lines.push('', 'Best macro-F1 on train:', header, ...Object.entries(splits).map(([name, f]) => row(name, f)));
  lines.push('', `Cautious (threshold chosen on train so that at most ${pct(contradictionCap)} of contradictory train answers are credited):`, header);
  lines.push(...Object.entries(cautious).map(([name, f]) => row(name, f)));
  return `${lines.join('\n')}\n`;
}

function main(): number {
  if (!existsSync(dataDir)) {
    process.stderr.write(`bench:semeval: data folder not found: ${dataDir}\n(expected the SemEval-2013 Task 7 files of ../shared/bench/semeval2013-task7; see its README)\n`);
    return 1;
  }
  const splits: Record<string, Figures> = {};
  const cautious: Record<string, Figures> = {};
  const tuned: Record<string, Tuned> = {};
  for (const [corpus, tests] of Object.entries(corpora)) {
    const train = readSplit(corpus, 'train');
    const referenceOf = compiler(idfFrom(train));
    const t = tune(train, referenceOf);
    tuned[corpus] = t;
    for (const split of tests) {
      const items = readSplit(corpus, split);
      splits[`${corpus}/${split}`] = evaluate(items, referenceOf, t.model);
      cautious[`${corpus}/${split}`] = evaluate(items, referenceOf, { ...t.model, threshold: t.cautious });
    }
  }
  process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify({ splits }, null, 2)}\n` : report(tuned, splits, cautious));
  return 0;
}

process.exitCode = main();
