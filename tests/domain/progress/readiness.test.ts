import { describe, expect, it } from 'vitest';
import type { AttemptOutcome } from '@/domain/progress/attempt-outcome';
import { readinessOf, readinessThresholds } from '@/domain/progress/readiness';

const outcome = (score: number, worstGrade: AttemptOutcome['worstGrade']): AttemptOutcome => ({
  score,
  grade: worstGrade,
  worstGrade,
});

describe('readinessOf', () => {
  it('documents its thresholds', () => {
    expect(readinessThresholds).toEqual({ ready: 75, atRisk: 50 });
  });

  it.each([
    ['never completed', undefined, 'not-ready', ['never-completed']],
    ['a strong latest attempt', outcome(80, 'conformity'), 'ready', []],
    ['exactly at the ready line', outcome(75, 'observation'), 'ready', []],
    ['just below the ready line', outcome(74, 'ofi'), 'at-risk', ['score-below-ready']],
    ['exactly at the at-risk line', outcome(50, 'observation'), 'at-risk', ['score-below-ready']],
    ['below the at-risk line', outcome(49, 'observation'), 'not-ready', ['score-below-at-risk']],
    ['a high score with a minor NC', outcome(90, 'minor-nc'), 'at-risk', ['minor-nc']],
    ['a high score with a major NC', outcome(95, 'major-nc'), 'not-ready', ['major-nc']],
    ['a middling score with a minor NC', outcome(60, 'minor-nc'), 'at-risk', ['score-below-ready', 'minor-nc']],
    ['a low score with a major NC', outcome(10, 'major-nc'), 'not-ready', ['score-below-at-risk', 'major-nc']],
  ])('%s', (_name, latest, level, reasons) => {
    expect(readinessOf(latest)).toEqual({ level, reasons });
  });
});
