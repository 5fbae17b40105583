import { lintFlow } from './lint-flow';
import { lintFollowUps } from './lint-follow-ups';
import { lintPhrases } from './lint-phrases';
import { lintSamples } from './lint-samples';
import { lintTranslations } from './lint-translations';
import type { ScenarioProblem } from './located-problem';
import type { Scenario } from './scenario-schema';

/** Lint findings by code; errors keep a scenario from learners, warnings only inform its author. */
export const lintCodes = {
  'dead-end': 'error',
  'follow-up-loop': 'warning',
  'unreachable-question': 'warning',
  'rule-never-fires': 'warning',
  'probe-never-asked': 'warning',
  'probe-presumes-denial': 'warning',
  'evidence-never-asked': 'warning',
  'missing-translation': 'warning',
  'no-samples': 'warning',
  'sample-inconsistent': 'warning',
  'duplicate-phrase': 'warning',
} as const;

/** Checks a valid scenario's interview graph and content; problems carry paths for locating in the file. */
export function lintScenario(scenario: Scenario): ScenarioProblem[] {
  return [
    ...lintFlow(scenario),
    ...lintFollowUps(scenario),
    ...lintTranslations(scenario),
    ...lintSamples(scenario),
    ...lintPhrases(scenario),
  ];
}
