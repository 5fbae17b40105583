import { describe, expect, it } from 'vitest';
import { attemptDigestSchema, digestAll, digestAttempt } from '@/domain/progress/attempt-digest';
import { answer, attempt } from './support';

describe('digestAttempt', () => {
  it('sums up a completed attempt: outcome, and evidence credited across main answer and probes', () => {
    const a = attempt('change-management', 100, { score: 70, grade: 'ofi', mode: 'mock' });
    const digest = digestAttempt(a, [
      answer(a, 'approval', { cab: 'missing', rollback: 'covered' }),
      answer(a, 'approval', { cab: 'partial' }),
      answer(a, 'emergency', { review: 'planned' }),
    ]);
    expect(attemptDigestSchema.parse(digest)).toEqual({
      attemptId: a.id,
      profileId: a.profileId,
      scenarioId: 'change-management-basics',
      topic: 'change-management',
      mode: 'mock',
      date: a.endedAt,
      score: 70,
      grade: 'ofi',
      // Each answer in this test is graded observation: the questions' best grades are worse than the attempt's.
      worstGrade: 'observation',
      evidence: [
        { questionId: 'approval', evidenceId: 'cab', credited: true },
        { questionId: 'approval', evidenceId: 'rollback', credited: true },
        { questionId: 'emergency', evidenceId: 'review', credited: false },
      ],
      answered: ['approval', 'emergency'],
    });
  });

  it('lists the main questions answered with text; skips and empty answers do not count', () => {
    const a = attempt('change-management', 100);
    const skipped = { ...answer(a, 'emergency', {}), text: '  ' };
    expect(digestAttempt(a, [answer(a, 'approval', {}), skipped])?.answered).toEqual(['approval']);
  });

  it('has none for a completed attempt whose answers are all empty: it is abandoned, not completed', () => {
    const a = attempt('change-management', 100, { score: 0, grade: 'major-nc' });
    expect(digestAttempt(a, [{ ...answer(a, 'approval', {}), text: '' }])).toBeUndefined();
    expect(digestAttempt(a, [])).toBeUndefined();
  });

  it.each([
    ['in progress', { status: 'in-progress' as const, endedAt: undefined }],
    ['abandoned', { status: 'abandoned' as const }],
    ['completed without score or answers', { score: undefined, grade: undefined }],
  ])('has none for an attempt %s', (_name, overrides) => {
    expect(digestAttempt(attempt('change-management', 100, overrides), [])).toBeUndefined();
  });

  it('matches answers to their attempts', () => {
    const [a, b] = [attempt('change-management', 100), attempt('change-management', 200)];
    const digests = digestAll(
      [a, b],
      [answer(b, 'approval', { cab: 'missing' }), answer(a, 'approval', { cab: 'covered' })],
    );
    expect(digests.map((d) => [d.attemptId, d.evidence[0]?.credited])).toEqual([
      [a.id, true],
      [b.id, false],
    ]);
  });
});
