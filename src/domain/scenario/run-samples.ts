import { earnsCredit } from '@/domain/scoring/grade';
import type { ScoreFunction, ScoreResult } from '@/domain/scoring/score-types';
import type { Locale } from './locale';
import type { ProblemPath } from './located-problem';
import { questionScorer, type QuestionScorer } from './question-scorer';
import type { Grade, Question, Scenario } from './scenario-schema';

export type SampleExpectation = { covered: string[]; redFlags: string[]; grade: Grade };
export type SampleActual = SampleExpectation & { score: number };

export type SampleOutcome = {
  question: string;
  index: number;
  locale: Locale;
  /** Path of the sample in the scenario file, for locating it. */
  path: ProblemPath;
  expected: SampleExpectation;
  actual: SampleActual | null;
  passed: boolean;
  missingEvidence: string[];
  unexpectedEvidence: string[];
  missingRedFlags: string[];
  unexpectedRedFlags: string[];
  /** Set when the scorer threw on this sample. */
  error?: string;
};

function difference(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((id) => !b.includes(id));
}

function actualOf(result: ScoreResult, question: Question): SampleActual {
  const covered = new Set(result.evidence.filter((e) => earnsCredit(e.status)).map((e) => e.id));
  const flags = new Set(result.redFlags.map((r) => r.id));
  // Listed in the scenario's order so that reports read the same on every run.
  return {
    covered: question.evidence.map((e) => e.id).filter((id) => covered.has(id)),
    redFlags: question.redFlags.map((r) => r.id).filter((id) => flags.has(id)),
    grade: result.grade,
    score: result.score,
  };
}

function outcomeFor(question: Question, qi: number, si: number, score: QuestionScorer): SampleOutcome {
  const sample = question.samples[si];
  if (!sample) throw new RangeError(`no sample ${si} in question ${question.id}`);
  const expected = {
    covered: [...new Set(sample.expect.covered)],
    redFlags: [...new Set(sample.expect.redFlags)],
    grade: sample.expect.grade,
  };
  const base = {
    question: question.id,
    index: si,
    locale: sample.locale,
    path: ['questions', qi, 'samples', si],
    expected,
  };
  let actual: SampleActual;
  try {
    actual = actualOf(score(sample.text, question, sample.locale), question);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ...base,
      actual: null,
      passed: false,
      missingEvidence: [],
      unexpectedEvidence: [],
      missingRedFlags: [],
      unexpectedRedFlags: [],
      error: message,
    };
  }
  const gaps = {
    missingEvidence: difference(expected.covered, actual.covered),
    unexpectedEvidence: difference(actual.covered, expected.covered),
    missingRedFlags: difference(expected.redFlags, actual.redFlags),
    unexpectedRedFlags: difference(actual.redFlags, expected.redFlags),
  };
  const passed = actual.grade === expected.grade && Object.values(gaps).every((ids) => ids.length === 0);
  return { ...base, actual, passed, ...gaps };
}

/** Scores every sample answer of a scenario and compares evidence, red flags and grade with what the sample expects. */
export function runSamples(scenario: Scenario, score: ScoreFunction): SampleOutcome[] {
  const scoreQuestion = questionScorer(scenario, score);
  return scenario.questions.flatMap((question, qi) =>
    question.samples.map((_, si) => outcomeFor(question, qi, si, scoreQuestion)),
  );
}
