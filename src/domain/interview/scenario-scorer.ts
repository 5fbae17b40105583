import { questionScorer, type QuestionScorer } from '@/domain/scenario/question-scorer';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { scoreAnswer } from '@/domain/scoring/score-answer';

/** The real scorer for one scenario's questions, each compiled once per locale and wording. */
export function scenarioScorer(scenario: Scenario): QuestionScorer {
  return questionScorer(scenario, scoreAnswer);
}
