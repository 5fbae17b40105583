// Reference-answer mode on SemEval-2013 Task 7 (Beetle, SciEntsBank), 2-way: correct versus the rest.
// Everything tunable is fitted on each corpus's train split at run time: concept weights (inverse document
// frequency over the train reference answers), both logistic stages and their thresholds (chosen on held-out train questions, see semeval-tune.ts). The test
// splits are only scored. Nothing derived from the data is written anywhere.
//   npm run bench:semeval -- [--json] [--cv-only]   (--cv-only: train trade-off per contradiction cap, no test figures)
// --json prints { "splits": { "<corpus>/<split>": { n, accuracy, macroF1, contradictoryCredited } }, "operatingPoints":
// { best, balanced, guarded } }; "splits" holds the headline point, the balanced one.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentKeys } from '@/domain/scoring/suggest/evidence-suggestions';
import {
  compileReference,
  featuresPerModelAnswer,
  scoreReferenceCompiled,
  type CompiledReference,
  type ReferenceModel,
} from '../reference-mode/reference';
import { macroF1 } from '../reference-mode/reference-fit';
import { jsonReport, type Figures } from './semeval-report';
import {
  chooseBalanced,
  chooseOperating,
  crossValidate,
  atOperating,
  finalStages,
  unconstrained,
  type Label,
  type Operating,
  type TrainRow,
} from './semeval-tune';

type Item = { questionId: string; question: string; references: string[]; answer: string; label: Label };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = path.resolve(repoRoot, '..', 'shared', 'bench', 'semeval2013-task7', 'data');
const corpora = {
  sciEntsBank: ['test-unseen-answers', 'test-unseen-questions', 'test-unseen-domains'],
  beetle: ['test-unseen-answers', 'test-unseen-questions'],
} as const;
const contradictionCap = 0.08;
// The headline operating point: fewest contradictions credited at (nearly) the best held-out macro-F1 on train.
const headline = 'balanced';
const f1Tolerance = 0.01;

function readSplit(corpus: string, split: string): Item[] {
  return readFileSync(path.join(dataDir, `${corpus}_${split}_3way.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as {
        question_id: string;
        question: string;
        reference_answers: { text: string }[];
        student_answer: string;
        label: Label;
      };
      return {
        questionId: row.question_id,
        question: row.question,
        references: row.reference_answers.map((r) => r.text),
        answer: row.student_answer,
        label: row.label,
      };
    });
}

/** Inverse document frequency of concept keys over the train reference answers (one document per question). */
function idfFrom(train: readonly Item[]): (key: string) => number {
  const documents = new Map<string, Set<string>>();
  for (const item of train)
    if (!documents.has(item.questionId))
      documents.set(item.questionId, new Set(item.references.flatMap((r) => contentKeys(r, 'en'))));
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

function figures(items: readonly Item[], credited: readonly boolean[]): Figures {
  const correct = items.map((i) => i.label === 'correct');
  const contradictory = items
    .map((item, i) => (item.label === 'contradictory' ? credited[i] : null))
    .filter((c) => c !== null);
  return {
    n: items.length,
    accuracy: credited.filter((c, i) => c === correct[i]).length / Math.max(1, items.length),
    macroF1: macroF1(credited, correct),
    contradictoryCredited: contradictory.length === 0 ? 0 : contradictory.filter(Boolean).length / contradictory.length,
  };
}

type Tuned = {
  best: ReferenceModel;
  balanced: ReferenceModel;
  guarded: ReferenceModel;
  cv: Operating;
  cvBalanced: Operating;
  cvGuarded: Operating;
};

/** Features of every train answer against each model answer of its question. */
function trainRows(train: readonly Item[], referenceOf: (item: Item) => CompiledReference): TrainRow[] {
  return train.map((item) => ({
    questionId: item.questionId,
    label: item.label,
    features: featuresPerModelAnswer(item.answer, referenceOf(item)),
  }));
}

function tune(train: readonly Item[], referenceOf: (item: Item) => CompiledReference): Tuned {
  const rows = trainRows(train, referenceOf);
  const { scored, folds } = crossValidate(rows);
  const cv = unconstrained(scored);
  const cvGuarded = chooseOperating(scored, contradictionCap);
  const cvBalanced = chooseBalanced(scored, f1Tolerance);
  if (process.argv.includes('--cv-only')) {
    for (const cap of [0.04, 0.05, 0.06, 0.07, 0.08, 0.1, 0.15])
      process.stdout.write(`  cap ${cap}: ${JSON.stringify(chooseOperating(scored, cap))}\n`);
  }
  const stages = finalStages(folds);
  return {
    best: atOperating(stages, cv),
    balanced: atOperating(stages, cvBalanced),
    guarded: atOperating(stages, cvGuarded),
    cv,
    cvBalanced,
    cvGuarded,
  };
}

function evaluate(
  items: readonly Item[],
  referenceOf: (item: Item) => CompiledReference,
  model: ReferenceModel,
): Figures {
  return figures(
    items,
    items.map((item) => scoreReferenceCompiled(item.answer, { ...referenceOf(item), model }).credited),
  );
}

type Point = { name: string; title: string; model: (t: Tuned) => ReferenceModel; cv: (t: Tuned) => Operating };

const points: readonly Point[] = [
  { name: 'best', title: 'First stage alone, best held-out macro-F1 on train:', model: (t) => t.best, cv: (t) => t.cv },
  {
    name: 'balanced',
    title: `Two stages, balanced, the headline point (fewest contradictory credited within ${f1Tolerance} of the best held-out macro-F1 on train):`,
    model: (t) => t.balanced,
    cv: (t) => t.cvBalanced,
  },
  {
    name: 'guarded',
    title: `Two stages, guarded (best held-out macro-F1 on train with at most ${100 * contradictionCap}% of contradictory answers credited):`,
    model: (t) => t.guarded,
    cv: (t) => t.cvGuarded,
  },
];

function report(tuned: Record<string, Tuned>, results: Record<string, Record<string, Figures>>): string {
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const row = (name: string, f: Figures): string =>
    `${name.padEnd(38)} ${String(f.n).padStart(5)}   ${pct(f.accuracy).padStart(7)}   ${f.macroF1.toFixed(3)}     ${pct(f.contradictoryCredited).padStart(6)}`;
  const header = 'split                                    n   accuracy  macro-F1  contradictory credited';
  const lines = [
    'SemEval-2013 Task 7, reference-answer mode, 2-way (correct vs. rest). Models and thresholds chosen on each train split',
    '(thresholds on held-out train questions, five folds grouped by question).',
    '',
  ];
  for (const [corpus, t] of Object.entries(tuned)) {
    for (const point of points) {
      const m = point.model(t);
      const o = point.cv(t);
      lines.push(
        `${corpus} ${point.name}: threshold ${m.threshold.toFixed(2)}, veto ${m.veto === undefined ? 'none' : m.veto.threshold.toFixed(2)} (held-out train macro-F1 ${o.f1.toFixed(3)}, contradictory credited ${pct(o.contradictoryCredited)})`,
      );
    }
  }
  for (const point of points)
    lines.push('', point.title, header, ...Object.entries(results[point.name] ?? {}).map(([name, f]) => row(name, f)));
  return `${lines.join('\n')}\n`;
}

function main(): number {
  if (!existsSync(dataDir)) {
    process.stderr.write(
      `bench:semeval: data folder not found: ${dataDir}\n(expected the SemEval-2013 Task 7 files of ../shared/bench/semeval2013-task7; see its README)\n`,
    );
    return 1;
  }
  const results: Record<string, Record<string, Figures>> = Object.fromEntries(points.map((p) => [p.name, {}]));
  const tuned: Record<string, Tuned> = {};
  for (const [corpus, tests] of Object.entries(corpora)) {
    const train = readSplit(corpus, 'train');
    const referenceOf = compiler(idfFrom(train));
    const t = tune(train, referenceOf);
    tuned[corpus] = t;
    if (process.argv.includes('--cv-only')) continue;
    for (const split of tests) {
      const items = readSplit(corpus, split);
      for (const point of points)
        (results[point.name] ?? {})[`${corpus}/${split}`] = evaluate(items, referenceOf, point.model(t));
    }
  }
  process.stdout.write(
    process.argv.includes('--json')
      ? `${JSON.stringify(jsonReport(results, headline), null, 2)}\n`
      : report(tuned, results),
  );
  return 0;
}

process.exitCode = main();
