import { describe, expect, it } from 'vitest';
import { pickText } from '@/domain/scenario/locale';
import { questionScorer, scoringInputFor } from '@/domain/scenario/question-scorer';
import type { ScoringInput } from '@/domain/scoring/score-types';
import { scoreResult } from '../../support/score-result-builder';
import { minimalScenario } from './scenario-test-helpers';

describe('questionScorer', () => {
  const scenario = minimalScenario();
  const [first, second] = scenario.questions;
  const probe = first!.probes[0]!;

  function recording() {
    const inputs: ScoringInput[] = [];
    const score = questionScorer(scenario, (_answer, input) => {
      inputs.push(input);
      return scoreResult();
    });
    return { score, inputs };
  }

  it('builds one input per question, wording and locale, and reuses it', () => {
    const { score, inputs } = recording();
    score('a', first!, 'en');
    score('b', first!, 'en');
    score('c', first!, 'de');
    score('d', first!, 'en', probe);
    score('e', second!, 'en');
    score('f', first!, 'en', probe);
    expect(inputs[1]).toBe(inputs[0]);
    expect(inputs[5]).toBe(inputs[3]);
    expect(new Set(inputs).size).toBe(4);
  });

  it('scores a probe against its main question with the probe as the prompt', () => {
    const { score, inputs } = recording();
    score('a', first!, 'en', probe);
    expect(inputs[0]).toEqual({
      ...scoringInputFor(scenario, first!, 'en'),
      prompt: pickText(probe.prompt, 'en'),
    });
    expect(inputs[0]?.prompt).not.toBe(pickText(first!.prompt, 'en'));
    expect(inputs[0]?.evidence).toBe(first!.evidence);
  });
});
