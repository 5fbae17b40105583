import { accumulateAnswers } from '@/domain/interview/accumulate';
import { chooseNextStep } from '@/domain/interview/follow-up';
import { earnsCredit } from '@/domain/scoring/grade';
import type { ScoreFunction, ScoreResult } from '@/domain/scoring/score-types';
import { gradeRange } from './lint-samples';
import type { Locale } from './locale';
import type { ProblemPath } from './located-problem';
import { questionScorer, type QuestionScorer } from './question-scorer';
import { grades, type Grade, type Question, type Scenario } from './scenario-schema';

/** `probe`: the probe the auditor asks next after this main answer, or none (only checked when the sample gives it). */
export type SampleExpectation = { covered: string[]; redFlags: string[]; grade: Grade; probe?: string };
export type SampleActual = { covered: string[]; redFlags: string[]; grade: Grade; score: number; probe: string };

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
  /** Set when the expected grade breaks the grading rule for the expected evidence and red flags: the grades it allows. */
  ruleAllows?: { best: Grade; worst: Grade };
  /** Set when the scorer threw on this sample. */
  error?: string;
};

function difference(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((id) => !b.includes(id));
}

/** The probe a main answer leads to under the scenario's follow-up rules, or none. */
function nextProbe(scenario: Scenario, question: Question, result: ScoreResult): string {
  const answer = { questionId: question.id, probeId: null, attempt: 1, kind: 'answer' as const, text: '', result };
  const accumulated = accumulateAnswers(question, scenario.grading, [{ ...answer, askedAt: 0, answeredAt: 0 }]);
  const asked = { askedProbes: [], askedQuestions: [question.id] };
  const plan = chooseNextStep(scenario, question, accumulated, asked, scenario.persona);
  return plan.kind === 'probe' ? plan.probeId : 'none';
}

function ruleBreach(scenario: Scenario, question: Question, si: number) {
  const sample = question.samples[si];
  if (!sample) return undefined;
  const range = gradeRange(question, sample, scenario.grading);
  const rank = grades.indexOf(sample.expect.grade);
  return rank >= grades.indexOf(range.best) && rank <= grades.indexOf(range.worst) ? undefined : range;
}

function actualOf(result: ScoreResult, question: Question, probe: string): SampleActual {
  const covered = new Set(result.evidence.filter((e) => earnsCredit(e.status)).map((e) => e.id));
  const flags = new Set(result.redFlags.map((r) => r.id));
  // Listed in the scenario's order so that reports read the same on every run.
  return {
    covered: question.evidence.map((e) => e.id).filter((id) => covered.has(id)),
    redFlags: question.redFlags.map((r) => r.id).filter((id) => flags.has(id)),
    grade: result.grade,
    score: result.score,
    probe,
  };
}

function outcomeFor(
  scenario: Scenario,
  question: Question,
  qi: number,
  si: number,
  score: QuestionScorer,
): SampleOutcome {
  const sample = question.samples[si];
  if (!sample) throw new RangeError(`no sample ${si} in question ${question.id}`);
  const expected = {
    covered: [...new Set(sample.expect.covered)],
    redFlags: [...new Set(sample.expect.redFlags)],
    grade: sample.expect.grade,
    ...(sample.expect.probe === undefined ? {} : { probe: sample.expect.probe }),
  };
  const breach = ruleBreach(scenario, question, si);
  const base = {
    question: question.id,
    index: si,
    locale: sample.locale,
    path: ['questions', qi, 'samples', si],
    expected,
    ...(breach ? { ruleAllows: breach } : {}),
  };
  let actual: SampleActual;
  try {
    const result = score(sample.text, question, sample.locale);
    actual = actualOf(result, question, nextProbe(scenario, question, result));
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
  const probeAgrees = expected.probe === undefined || expected.probe === actual.probe;
  const passed =
    !breach && probeAgrees && actual.grade === expected.grade && Object.values(gaps).every((ids) => ids.length === 0);
  return { ...base, actual, passed, ...gaps };
}

/**
 * Scores every sample answer of a scenario and compares evidence, red flags, grade and (when given) the next probe
 * with what the sample expects. A sample whose expected grade breaks the grading rule fails whatever the scorer says.
 */
export function runSamples(scenario: Scenario, score: ScoreFunction): SampleOutcome[] {
  const scoreQuestion = questionScorer(scenario, score);
  return scenario.questions.flatMap((question, qi) =>
    question.samples.map((_, si) => outcomeFor(scenario, question, qi, si, scoreQuestion)),
  );
}
