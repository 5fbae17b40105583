import { earnsCredit } from '@/domain/scoring/grade';
import type { ScoreResult, ScoringInput } from '@/domain/scoring/score-types';
import { pickText, type Locale } from './locale';
import type { ProblemPath } from './located-problem';
import type { Grade, Question, Scenario } from './scenario-schema';

/** The scorer's signature, passed in so that tests and tools can choose the implementation. */
export type ScoreFunction = (answer: string, input: ScoringInput) => ScoreResult;

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

/** What the scorer needs to score an answer to one question of a scenario. */
export function scoringInputFor(scenario: Scenario, question: Question, locale: Locale): ScoringInput {
  return {
    evidence: question.evidence,
    redFlags: question.redFlags,
    grading: scenario.grading,
    locale,
    prompt: pickText(question.prompt, locale),
  };
}

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

function outcomeFor(
  question: Question,
  qi: number,
  si: number,
  input: (locale: Locale) => ScoringInput,
  score: ScoreFunction,
): SampleOutcome {
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
    actual = actualOf(score(sample.text, input(sample.locale)), question);
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
  return scenario.questions.flatMap((question, qi) => {
    // One input per language, so that a scorer that compiles per input object compiles each question once.
    const inputs = new Map<Locale, ScoringInput>();
    const input = (locale: Locale): ScoringInput => {
      const known = inputs.get(locale) ?? scoringInputFor(scenario, question, locale);
      inputs.set(locale, known);
      return known;
    };
    return question.samples.map((_, si) => outcomeFor(question, qi, si, input, score));
  });
}
