import { afterAll, describe, expect, it, vi } from 'vitest';
import { aggregateProgress } from '@/domain/progress/aggregate-progress';
import { loadProgress } from '@/storage/progress-loader';
import { buildDataset } from '../domain/records/support/records';
import { freshDatabase, seedDatabase } from './support/database';

// fake-indexeddb is slow on a busy machine; this test writes hundreds of records.
vi.setConfig({ testTimeout: 60_000 });

const db = freshDatabase();
afterAll(() => db.delete());

describe('loadProgress', () => {
  it("aggregates one learner's stored attempts and answers", async () => {
    const data = buildDataset({ profiles: 2, attemptsPerProfile: 20, answersPerAttempt: 5, seed: 12 });
    await seedDatabase(db, data);
    const learner = data.profiles[0]!.id;
    const scenarios = [{ id: 'backup-basics', topic: 'backup-disaster-recovery' as const }];
    const expected = aggregateProgress(
      data.attempts.filter((a) => a.profileId === learner),
      data.answers.filter((a) => a.profileId === learner),
      scenarios,
    );
    expect(await loadProgress(db, learner, scenarios)).toEqual(expected);
    expect(expected.reduce((sum, topic) => sum + topic.completedAttempts, 0)).toBe(20);
  });
});
