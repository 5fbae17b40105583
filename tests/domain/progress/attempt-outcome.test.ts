import { describe, expect, it } from 'vitest';
import { attemptOutcome, bestResultByQuestion } from '@/domain/progress/attempt-outcome';
import { worseGrade } from '@/domain/scoring/grade';
import { answer, attempt } from './support';

describe('attemptOutcome', () => {
  it('uses the stored score and grade of the attempt', () => {
    const a = attempt('patch-management', 100, { score: 82, grade: 'conformity' });
    expect(attemptOutcome(a, [answer(a, 'q-one', {}, 82, 'conformity')])).toEqual({
      score: 82,
      grade: 'conformity',
      worstGrade: 'conformity',
    });
  });

  it('derives them from the best answer per question when none is stored', () => {
    const a = attempt('patch-management', 100, { score: undefined, grade: undefined });
    const answers = [
      answer(a, 'q-one', {}, 40, 'minor-nc'),
      answer(a, 'q-one', {}, 70, 'ofi'), // a probe drew out more: the question ends at 70
      answer(a, 'q-two', {}, 90, 'conformity'),
    ];
    expect(attemptOutcome(a, answers)).toEqual({ score: 80, grade: 'ofi', worstGrade: 'ofi' });
  });

  it('counts a question whose best answer is still a nonconformity as the worst finding', () => {
    const a = attempt('patch-management', 100, { score: 85, grade: 'conformity' });
    const answers = [answer(a, 'q-one', {}, 95, 'conformity'), answer(a, 'q-two', {}, 20, 'major-nc')];
    expect(attemptOutcome(a, answers)?.worstGrade).toBe('major-nc');
  });

  it('has nothing to say about an attempt without score and answers', () => {
    expect(
      attemptOutcome(attempt('patch-management', 100, { score: undefined, grade: undefined }), []),
    ).toBeUndefined();
  });
});

describe('grades', () => {
  it.each([
    ['conformity', 'ofi', 'ofi'],
    ['minor-nc', 'observation', 'minor-nc'],
    ['major-nc', 'major-nc', 'major-nc'],
  ] as const)('the worse of %s and %s is %s', (a, b, worse) => {
    expect(worseGrade(a, b)).toBe(worse);
  });

  it('keeps the better grade of equal scores per question', () => {
    const a = attempt('patch-management', 100);
    const best = bestResultByQuestion([
      answer(a, 'q-one', {}, 50, 'minor-nc'),
      answer(a, 'q-one', {}, 50, 'observation'),
    ]);
    expect(best.get('q-one')?.grade).toBe('observation');
  });
});
