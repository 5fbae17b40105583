import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { SampleAnswer, Scenario } from '@/domain/scenario/scenario-schema';
import { scenarioSchema } from '@/domain/scenario/scenario-schema';
import type { ScoreFunction, ScoreResult } from '@/domain/scoring/score-types';
import { scoreResult } from '../../support/score-result-builder';

export const projectRoot = path.resolve(import.meta.dirname, '../../..');
export const fixturesDir = path.join(import.meta.dirname, 'fixtures');

/** The text of a fixture file, e.g. fixtureText('minimal.yaml'). */
export function fixtureText(name: string): string {
  return readFileSync(path.join(fixturesDir, name), 'utf8');
}

/** A fresh, validated copy of the minimal fixture, to mutate in a test. */
export function minimalScenario(): Scenario {
  return scenarioSchema.parse(parse(fixtureText('minimal.yaml')));
}

function resultFor(sample: SampleAnswer): ScoreResult {
  return scoreResult({
    score: sample.expect.grade === 'conformity' ? 100 : 0,
    grade: sample.expect.grade,
    evidence: sample.expect.covered.map((id) => ({ id, status: 'covered', spans: [] })),
    redFlags: sample.expect.redFlags.map((id) => ({ id, severity: 'major', spans: [] })),
  });
}

/** A stand-in scorer that gives every sample of the scenario exactly the result it expects. */
export function obedientScorer(scenarios: readonly Scenario[]): ScoreFunction {
  const samples = scenarios.flatMap((s) => s.questions.flatMap((q) => q.samples));
  return (answer) => {
    const sample = samples.find((s) => s.text === answer);
    return sample ? resultFor(sample) : scoreResult();
  };
}

/** A stand-in scorer that finds nothing in any answer. */
export const blindScorer: ScoreFunction = () => scoreResult();

/** Collects what a CLI run writes. */
export function captureIo(score: ScoreFunction, cwd = projectRoot) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      cwd,
      loadScorer: async () => score,
      stdout: (text: string) => out.push(text),
      stderr: (text: string) => err.push(text),
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
