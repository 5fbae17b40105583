import { describe, expect, it } from 'vitest';
import { aggregateProgress } from '@/domain/progress/aggregate-progress';
import { buildDataset } from '../records/support/records';
import { answer, attempt } from './support';

describe('aggregateProgress', () => {
  const first = attempt('patch-management', 100, { score: 40, grade: 'minor-nc' });
  const second = attempt('patch-management', 300, { score: 90, grade: 'conformity' });
  const third = attempt('patch-management', 200, { score: 90, grade: 'conformity', mode: 'mock' });
  const open = attempt('patch-management', 400, {
    status: 'in-progress',
    endedAt: undefined,
    score: undefined,
    grade: undefined,
  });
  const dropped = attempt('patch-management', 500, { status: 'abandoned', score: 5, grade: 'major-nc' });
  const logging = attempt('logging-monitoring', 100, { score: 60, grade: 'observation' });
  const attempts = [first, second, third, open, dropped, logging];
  const answers = [
    answer(first, 'cadence', { inventory: 'missing', window: 'covered' }),
    answer(first, 'cadence', { inventory: 'partial', window: 'covered' }), // a probe drew it out: not missed
    answer(first, 'emergency', { sla: 'negated' }),
    answer(second, 'emergency', { sla: 'planned' }),
    answer(third, 'emergency', { sla: 'covered' }),
    answer(third, 'cadence', { inventory: 'missing', window: 'missing' }),
    answer(open, 'emergency', { sla: 'missing' }),
  ];
  const progress = aggregateProgress(attempts, answers, [{ id: 'backup-basics', topic: 'backup-disaster-recovery' }]);
  const patch = progress.find((topic) => topic.topic === 'patch-management')!;

  it('lists topics with scenarios or attempts, in the order of the topic list', () => {
    expect(progress.map((topic) => topic.topic)).toEqual([
      'patch-management',
      'logging-monitoring',
      'backup-disaster-recovery',
    ]);
  });

  it('draws the trend from completed attempts only, oldest first', () => {
    expect(patch.trend.map((point) => [point.attemptId, point.score])).toEqual([
      [first.id, 40],
      [third.id, 90],
      [second.id, 90],
    ]);
    expect(patch.completedAttempts).toBe(3);
    expect(patch.trend[1]).toMatchObject({
      mode: 'mock',
      grade: 'conformity',
      date: third.endedAt,
      scenarioId: 'patch-management-basics',
    });
  });

  it('takes the latest by end time and the best by score, a tie going to the later attempt', () => {
    expect(patch.latest?.attemptId).toBe(second.id);
    expect(patch.best?.attemptId).toBe(second.id);
  });

  it('counts missed evidence per attempt, across main answers and probes', () => {
    // sla: missed in the first two, covered in the third. inventory: drawn out by a probe in the first
    // attempt (not missed), missing in the third. window: covered, then missing. Ties go by id.
    expect(
      patch.mostMissed.map(({ questionId, evidenceId, missed, assessed }) => [
        questionId,
        evidenceId,
        missed,
        assessed,
      ]),
    ).toEqual([
      ['emergency', 'sla', 2, 3],
      ['cadence', 'inventory', 1, 2],
      ['cadence', 'window', 1, 2],
    ]);
    expect(patch.mostMissed[0]?.scenarioId).toBe('patch-management-basics');
  });

  it('limits the missed list', () => {
    const limited = aggregateProgress(attempts, answers, [], { mostMissedLimit: 1 });
    expect(limited[0]?.mostMissed).toHaveLength(1);
  });

  it('judges readiness on every completed attempt, recency-weighted, mock audits counting more', () => {
    // first 40 (practice, weight 0.25 x 1), third 90 (mock, 0.5 x 2), second 90 (practice, 1).
    expect(patch.readiness).toEqual({ level: 'ready', reasons: [], score: Math.round((10 + 90 + 90) / 2.25) });
    expect(progress[1]?.readiness).toEqual({ level: 'not-ready', reasons: ['never-completed'], score: null });
    expect(progress[2]).toEqual({
      topic: 'backup-disaster-recovery',
      completedAttempts: 0,
      trend: [],
      mostMissed: [],
      readiness: { level: 'not-ready', reasons: ['never-completed'], score: null },
      practice: { completedAttempts: 0, weightedScore: null },
      mock: { completedAttempts: 0, weightedScore: null },
    });
  });

  it('shows practice and mock audits apart', () => {
    expect(patch.practice).toMatchObject({ completedAttempts: 2, latest: { attemptId: second.id }, weightedScore: 73 });
    expect(patch.mock).toMatchObject({ completedAttempts: 1, best: { attemptId: third.id }, weightedScore: 90 });
  });

  it('is ready only on an attempt that answered every main question of its scenario', () => {
    const scenarios = [
      { id: 'patch-management-basics', topic: 'patch-management' as const, questionIds: ['cadence', 'emergency'] },
    ];
    const full = aggregateProgress(attempts, answers, scenarios)[0]!;
    // The latest attempt (second) answered only "emergency".
    expect(full.readiness).toMatchObject({ level: 'at-risk', reasons: ['unanswered-questions'] });
    const more = [...answers, answer(second, 'cadence', { inventory: 'covered' })];
    expect(aggregateProgress(attempts, more, scenarios)[0]!.readiness).toMatchObject({ level: 'ready', reasons: [] });
  });

  it('handles 1,000 attempts with 10 answers each', () => {
    const data = buildDataset({ profiles: 1, attemptsPerProfile: 1_000, answersPerAttempt: 10 });
    const result = aggregateProgress(data.attempts, data.answers, []);
    expect(result.reduce((sum, topic) => sum + topic.completedAttempts, 0)).toBe(1_000);
    expect(result.every((topic) => topic.trend.length === topic.completedAttempts)).toBe(true);
  }, 30_000);
});
