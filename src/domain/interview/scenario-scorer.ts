import { pickText } from '@/domain/scenario/locale';
import { scoringInputFor } from '@/domain/scenario/run-samples';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { compileScoring, scoreCompiled, type CompiledScoring } from '@/domain/scoring/score-answer';
import type { ScoreFn } from './interview-types';

/**
 * The real scorer as the machine's ScoreFn for one scenario, compiling each question once per locale
 * and wording. A probe's answer is scored against its main question's evidence, with the probe's own
 * wording as the prompt so that echoing the probe is not taken for evidence.
 */
export function scenarioScorer(scenario: Scenario): ScoreFn {
  const compiled = new Map<string, CompiledScoring>();
  return (answer, question, locale, probe) => {
    const key = `${question.id}\u0000${probe?.id ?? ''}\u0000${locale}`;
    let entry = compiled.get(key);
    if (!entry) {
      const input = scoringInputFor(scenario, question, locale);
      entry = compileScoring(probe ? { ...input, prompt: pickText(probe.prompt, locale) } : input);
      compiled.set(key, entry);
    }
    return scoreCompiled(answer, entry);
  };
}
