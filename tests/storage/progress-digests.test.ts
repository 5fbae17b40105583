import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attemptDigestSchema, digestAll } from '@/domain/progress/attempt-digest';
import type { Attempt } from '@/domain/records/attempt-schema';
import { saveAnswer } from '@/storage/answer-repository';
import { deleteAttempt, finishAttempt } from '@/storage/attempt-repository';
import { importBackup } from '@/storage/backup-import';
import { createProfile, deleteProfile } from '@/storage/profile-repository';
import { rebuildProgressDigests } from '@/storage/progress-digests';
import { buildBackup } from '../domain/backup/support/backups';
import { buildDataset, buildScoreResult, seededRandom } from '../domain/records/support/records';
import { startPatchAttempt } from './support/attempts';
import { emptyTables, freshDatabase, seedDatabase } from './support/database';

const db = freshDatabase();
let attempt: Attempt;

beforeEach(async () => {
  const learner = await createProfile(db, { name: 'Ada', role: 'employee' });
  attempt = await startPatchAttempt(db, learner.id, { mode: 'mock', persona: 'strict' });
  const random = seededRandom(6);
  for (const questionId of ['cadence', 'emergency'])
    await saveAnswer(
      db,
      attempt.id,
      { questionId, attemptNumber: 1, text: 'x', result: buildScoreResult(random) },
      null,
    );
});
afterEach(() => emptyTables(db));

describe('progress digests', () => {
  it('are written when an attempt is completed, in the same transaction', async () => {
    expect(await db.progressDigests.count()).toBe(0);
    await finishAttempt(db, attempt.id, { status: 'completed', score: 66, grade: 'ofi' });
    const digest = await db.progressDigests.get(attempt.id);
    expect(attemptDigestSchema.parse(digest)).toMatchObject({
      attemptId: attempt.id,
      score: 66,
      grade: 'ofi',
      topic: 'patch-management',
      mode: 'mock',
    });
    expect(digest?.evidence.length).toBeGreaterThan(0);
  });

  it('are not written for an abandoned attempt', async () => {
    await finishAttempt(db, attempt.id, { status: 'abandoned' });
    expect(await db.progressDigests.count()).toBe(0);
  });

  it('go with their attempt or profile', async () => {
    await finishAttempt(db, attempt.id, { status: 'completed', score: 66, grade: 'ofi' });
    await deleteAttempt(db, attempt.id);
    expect(await db.progressDigests.count()).toBe(0);
    const data = buildDataset({ profiles: 1, attemptsPerProfile: 3, answersPerAttempt: 2, seed: 2 });
    await seedDatabase(db, data);
    expect(await db.progressDigests.count()).toBe(3);
    await deleteProfile(db, data.profiles[0]!.id);
    expect(await db.progressDigests.count()).toBe(0);
  });

  it('are computed for imported attempts, and an import of the same file changes none', async () => {
    const data = buildDataset({ profiles: 1, attemptsPerProfile: 4, answersPerAttempt: 3, seed: 4 });
    await importBackup(db, buildBackup(data));
    const expected = digestAll(data.attempts, data.answers).sort((a, b) => a.attemptId.localeCompare(b.attemptId));
    expect(await db.progressDigests.where('profileId').equals(data.profiles[0]!.id).sortBy('attemptId')).toEqual(
      expected,
    );
  });

  it('can be rebuilt from attempts and answers, dropping strays', async () => {
    await finishAttempt(db, attempt.id, { status: 'completed', score: 66, grade: 'ofi' });
    const before = await db.progressDigests.toArray();
    await db.progressDigests.clear();
    await db.progressDigests.put({ ...before[0]!, attemptId: crypto.randomUUID() });
    await rebuildProgressDigests(db);
    expect(await db.progressDigests.toArray()).toEqual(before);
  });
});
