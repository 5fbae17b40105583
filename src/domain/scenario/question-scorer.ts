import type { ScoreFunction, ScoreOptions, ScoreResult, ScoringInput } from '@/domain/scoring/score-types';
import { pickText, type Locale } from './locale';
import type { Probe, Question, Scenario } from './scenario-schema';

/**
 * What the scorer needs to score an answer to one question of a scenario. A probe's answer is scored against its
 * main question's evidence, with the probe's own wording as the prompt so that echoing the probe is not taken for
 * evidence.
 */
export function scoringInputFor(scenario: Scenario, question: Question, locale: Locale, probe?: Probe): ScoringInput {
  return {
    evidence: question.evidence,
    redFlags: question.redFlags,
    grading: scenario.grading,
    locale,
    prompt: pickText((probe ?? question).prompt, locale),
  };
}

/**
 * Scores an answer to a question (or one of its probes) of the scenario it was made for; `options.cutOff` when
 * the timer ended the answer (its unfinished last sentence earns nothing).
 */
export type QuestionScorer = (
  answer: string,
  question: Question,
  locale: Locale,
  probe?: Probe,
  options?: ScoreOptions,
) => ScoreResult;

/**
 * A scorer turned into a QuestionScorer for one scenario. Each question's input is built once per locale and
 * wording, so that a scorer that compiles per input object (`scoreAnswer`) compiles each of them once.
 */
export function questionScorer(scenario: Scenario, score: ScoreFunction): QuestionScorer {
  const inputs = new WeakMap<Question, Map<string, ScoringInput>>();
  return (answer, question, locale, probe, options) => {
    const byWording = inputs.get(question) ?? new Map<string, ScoringInput>();
    inputs.set(question, byWording);
    const key = `${probe?.id ?? ''}\u0000${locale}`;
    const input = byWording.get(key) ?? scoringInputFor(scenario, question, locale, probe);
    byWording.set(key, input);
    return score(answer, input, options);
  };
}
