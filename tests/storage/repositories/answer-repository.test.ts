import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Attempt } from '@/domain/records/attempt-schema';
import { listAnswersByAttempt, listAnswersByProfile, saveAnswer, type NewAnswer } from '@/storage/answer-repository';
import { finishAttempt, getAttempt } from '@/storage/attempt-repository';
import { createProfile } from '@/storage/profile-repository';
import { toStorageProblem } from '@/storage/storage-problem';
import { buildScoreResult, seededRandom } from '../../domain/records/support/records';
import { startPatchAttempt } from '../support/attempts';
import { emptyTables, freshDatabase, snapshotOf } from '../support/database';

const db = freshDatabase();
const random = seededRandom(4);
let attempt: Attempt;
const answer = (questionId: string, text = 'We patch monthly.'): NewAnswer => ({
  questionId,
  attemptNumber: 1,
  text,
  result: buildScoreResult(random),
});

beforeEach(async () => {
  const learner = await createProfile(db, { name: 'Ada', role: 'employee' });
  attempt = await startPatchAttempt(db, learner.id, { machineSnapshot: { value: 'intro' } });
});
afterEach(() => emptyTables(db));

describe('saveAnswer', () => {
  it('stores the answer with its profile and the snapshot after it', async () => {
    const saved = await saveAnswer(db, attempt.id, answer('cadence'), { value: 'asking', context: { question: 2 } });
    expect(saved).toMatchObject({ attemptId: attempt.id, profileId: attempt.profileId, questionId: 'cadence' });
    expect(await db.answers.get(saved.id)).toEqual(saved);
    expect((await getAttempt(db, attempt.id))?.machineSnapshot).toEqual({ value: 'asking', context: { question: 2 } });
  });

  it('replaces rather than duplicates when the same answer is saved again', async () => {
    const first = await saveAnswer(db, attempt.id, answer('cadence'), 1);
    await saveAnswer(db, attempt.id, { ...answer('cadence'), id: first.id, givenAt: first.givenAt }, 2);
    expect(await db.answers.count()).toBe(1);
  });

  it('lists answers in the order given, and by profile', async () => {
    const texts = ['one', 'two', 'three'];
    for (const [i, text] of texts.entries())
      await saveAnswer(db, attempt.id, { ...answer(`q-${i}`, text), givenAt: `2026-03-0${3 - i}T10:00:00.000Z` }, i);
    expect((await listAnswersByAttempt(db, attempt.id)).map((a) => a.text)).toEqual(['three', 'two', 'one']);
    expect(await listAnswersByProfile(db, attempt.profileId)).toHaveLength(3);
  });

  it('refuses answers to an attempt that is over', async () => {
    await finishAttempt(db, attempt.id, { status: 'completed', score: 50, grade: 'observation' });
    await expect(saveAnswer(db, attempt.id, answer('cadence'), null)).rejects.toMatchObject({ rule: 'attempt-closed' });
    expect(await db.answers.count()).toBe(0);
  });

  it('refuses answers to an unknown attempt', async () => {
    await expect(saveAnswer(db, crypto.randomUUID(), answer('cadence'), null)).rejects.toMatchObject({
      rule: 'not-found',
    });
  });
});

describe('saveAnswer is all or nothing', () => {
  it('writes neither answer nor snapshot when the snapshot cannot be stored', async () => {
    const before = await snapshotOf(db);
    // A function cannot be cloned into IndexedDB: the snapshot write fails after the answer write succeeded.
    await expect(saveAnswer(db, attempt.id, answer('cadence'), { onDone: () => 1 })).rejects.toThrow();
    expect(await snapshotOf(db)).toEqual(before);
  });

  it('rolls the answer back when the disk fills up during the snapshot write', async () => {
    const before = await snapshotOf(db);
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(db.attempts, 'put').mockImplementationOnce(() => Promise.reject(quota) as never);
    const failure = await saveAnswer(db, attempt.id, answer('cadence'), { value: 'asking' }).catch(
      (error: unknown) => error,
    );
    expect(toStorageProblem(failure).kind).toBe('quota-full');
    expect(await snapshotOf(db)).toEqual(before);
  });
});
