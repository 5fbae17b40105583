import { describe, expect, it } from 'vitest';
import {
  readinessOf,
  readinessThresholds,
  readinessWeights,
  weightedScore,
  type ReadinessAttempt,
} from '@/domain/progress/readiness';

const run = (
  score: number,
  worstGrade: ReadinessAttempt['worstGrade'] = 'conformity',
  mode: ReadinessAttempt['mode'] = 'practice',
  complete: boolean | undefined = true,
): ReadinessAttempt => ({ score, worstGrade, mode, ...(complete === undefined ? {} : { complete }) });

describe('readinessOf', () => {
  it('documents its thresholds and weights', () => {
    expect(readinessThresholds).toEqual({ ready: 75, atRisk: 50 });
    expect(readinessWeights).toEqual({ mock: 2, practice: 1, decay: 0.5 });
  });

  it.each<[string, ReadinessAttempt[], string, string[]]>([
    ['never completed', [], 'not-ready', ['never-completed']],
    ['a strong latest attempt', [run(80)], 'ready', []],
    ['exactly at the ready line', [run(75, 'observation')], 'ready', []],
    ['just below the ready line', [run(74, 'ofi')], 'at-risk', ['score-below-ready']],
    ['exactly at the at-risk line', [run(50, 'observation')], 'at-risk', ['score-below-ready']],
    ['below the at-risk line', [run(49, 'observation')], 'not-ready', ['score-below-at-risk']],
    ['a high score with a minor NC', [run(90, 'minor-nc')], 'at-risk', ['minor-nc']],
    ['a high score with a major NC', [run(95, 'major-nc')], 'not-ready', ['major-nc']],
    ['a middling score with a minor NC', [run(60, 'minor-nc')], 'at-risk', ['score-below-ready', 'minor-nc']],
    ['a low score with a major NC', [run(10, 'major-nc')], 'not-ready', ['score-below-at-risk', 'major-nc']],
    [
      'a strong attempt that left questions unanswered',
      [run(90, 'ofi', 'mock', false)],
      'at-risk',
      ['unanswered-questions'],
    ],
    ['completeness not known: the grade decides', [run(90, 'ofi', 'mock', undefined)], 'ready', []],
    [
      'one lucky practice run after a weak mock audit',
      [run(40, 'observation', 'mock'), run(100)],
      'at-risk',
      ['score-below-ready'],
    ],
    [
      'a strong mock audit after a weak practice run',
      [run(40, 'observation'), run(90, 'conformity', 'mock')],
      'ready',
      [],
    ],
    ['older attempts fade', [run(20, 'observation'), run(90), run(90), run(90)], 'ready', []],
  ])('%s', (_name, attempts, level, reasons) => {
    expect(readinessOf(attempts)).toMatchObject({ level, reasons });
  });

  it.each<[string, ReadinessAttempt[], number | null]>([
    ['no attempts', [], null],
    ['one attempt is its own score', [run(63)], 63],
    ['the newest counts twice the one before', [run(40), run(100)], 80],
    ['a mock audit counts twice a practice run', [run(100, 'conformity', 'mock'), run(40)], 70],
    ['a newer mock audit counts four times the practice run before it', [run(40), run(100, 'conformity', 'mock')], 88],
  ])('weighted score: %s', (_name, attempts, score) => {
    expect(weightedScore(attempts)).toBe(score);
    expect(readinessOf(attempts).score).toBe(score);
  });
});
