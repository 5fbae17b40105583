// Reference-answer mode on SemEval-2013 Task 7 (Beetle, SciEntsBank), 2-way: correct versus the rest.
// Everything tunable (concept weights, the credit threshold) is fitted on each corpus's train split at run
// time; the test splits are only scored. Nothing derived from the data is written anywhere.
//   npm run bench:semeval -- [--json]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileReference, contentKeys, scoreReferenceCompiled, type CompiledReference } from '@/domain/scoring/reference';

type Label = 'correct' | 'contradictory' | 'incorrect';
type Item = { questionId: string; question: string; references: string[]; answer: string; label: Label };
type Judged = { item: Item; similarity: number; contradiction: boolean };
type Figures = { n: number; accuracy: number; macroF1: number; contradictoryCredited: number };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = path.resolve(repoRoot, '..', 'shared', 'bench', 'semeval2013-task7', 'data');
const corpora = {
  sciEntsBank: ['test-unseen-answers', 'test-unseen-questions', 'test-unseen-domains'],
  beetle: ['test-unseen-answers', 'test-unseen-questions'],
} as const;

function readSplit(corpus: string, split: string): Item[] {
  const file = path.join(dataDir, `${corpus}_${split}_3way.jsonl`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as {
        question_id: string; question: string; reference_answers: { text: string }[]; student_answer: string; label: Label;
      };
      return { questionId: row.question_id, question: row.question, references: row.reference_answers.map((r) => r.text), answer: row.student_answer, label: row.label };
    });
}

/** Inverse document frequency of concept keys over the train split's reference answers (one document per question). */
function idfFrom(train: readonly Item[]): (key: string) => number {
  const documents = new Map<string, Set<string>>();
  for (const item of train) {
    if (documents.has(item.questionId)) continue;
    documents.set(item.questionId, new Set(item.references.flatMap((r) => contentKeys(r, 'en'))));
  }
  const df = new Map<string, number>();
  for (const keys of documents.values()) for (const key of keys) df.set(key, (df.get(key) ?? 0) + 1);
  const n = documents.size;
  return (key) => Math.log((n + 1) / ((df.get(key) ?? 0) + 1)) + 1;
}

function judgeAll(items: readonly Item[], weightOf: (key: string) => number): Judged[] {
  const compiled = new Map<string, CompiledReference>();
  return items.map((item) => {
    let reference = compiled.get(item.questionId);
    if (reference === undefined) {
      reference = compileReference(item.references, item.question, 'en', { weightOf });
      compiled.set(item.questionId, reference);
    }
    const scored = scoreReferenceCompiled(item.answer, reference);
    return { item, similarity: scored.similarity, contradiction: scored.contradiction };
  });
}

function figures(judged: readonly Judged[], threshold: number): Figures {
  let tp = 0, fp = 0, fn = 0, tn = 0, contradictory = 0, contradictoryCredited = 0;
  for (const j of judged) {
    const credited = !j.contradiction && j.similarity >= threshold;
    const correct = j.item.label === 'correct';
    if (credited && correct) tp++;
    else if (credited) fp++;
    else if (correct) fn++;
    else tn++;
    if (j.item.label === 'contradictory') {
      contradictory++;
      if (credited) contradictoryCredited++;
    }
  }
  const f1 = (t: number, f: number, m: number): number => (t === 0 ? 0 : (2 * t) / (2 * t + f + m));
  return {
    n: judged.length,
    accuracy: (tp + tn) / Math.max(1, judged.length),
    macroF1: (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2,
    contradictoryCredited: contradictory === 0 ? 0 : contradictoryCredited / contradictory,
  };
}

/** The threshold with the best train macro-F1. */
function tuneThreshold(train: readonly Judged[]): number {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.05; t <= 1.0001; t += 0.01) {
    const f1 = figures(train, t).macroF1;
    if (f1 > best.f1) best = { threshold: t, f1 };
  }
  return best.threshold;
}

function main(): number {
  const json = process.argv.includes('--json');
  if (!existsSync(dataDir)) {
    process.stderr.write(`bench:semeval: data folder not found: ${dataDir}\n(expected the SemEval-2013 Task 7 files from ../shared/bench/semeval2013-task7; see its README)\n`);
    return 1;
  }
  const splits: Record<string, Figures> = {};
  const tuned: Record<string, { threshold: number; train: Figures }> = {};
  for (const [corpus, tests] of Object.entries(corpora)) {
    const train = readSplit(corpus, 'train');
    const weightOf = idfFrom(train);
    const judgedTrain = judgeAll(train, weightOf);
    const threshold = tuneThreshold(judgedTrain);
    tuned[corpus] = { threshold, train: figures(judgedTrain, threshold) };
    for (const split of tests) splits[`${corpus}/${split}`] = figures(judgeAll(readSplit(corpus, split), weightOf), threshold);
  }
  if (json) {
    process.stdout.write(`${JSON.stringify({ splits }, null, 2)}\n`);
    return 0;
  }
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const lines = ['SemEval-2013 Task 7, reference-answer mode, 2-way (correct vs. rest); threshold tuned on each train split', ''];
  for (const [corpus, t] of Object.entries(tuned)) lines.push(`${corpus}: threshold ${t.threshold.toFixed(2)} (train macro-F1 ${t.train.macroF1.toFixed(3)}, accuracy ${pct(t.train.accuracy)})`);
  lines.push('', 'split                                    n   accuracy  macro-F1  contradictory credited');
  for (const [name, f] of Object.entries(splits)) {
    lines.push(`${name.padEnd(38)} ${String(f.n).padStart(5)}   ${pct(f.accuracy).padStart(7)}   ${f.macroF1.toFixed(3)}     ${pct(f.contradictoryCredited).padStart(6)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

process.exitCode = main();
