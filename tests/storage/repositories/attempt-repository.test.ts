import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Profile } from '@/domain/records/profile-schema';
import { saveAnswer } from '@/storage/answer-repository';
import {
  deleteAttempt,
  finishAttempt,
  findOpenAttempt,
  getAttempt,
  listAttemptsByProfile,
  listAttemptsByScenario,
  startAttempt,
  type NewAttempt,
} from '@/storage/attempt-repository';
import { createProfile } from '@/storage/profile-repository';
import { buildScoreResult, seededRandom } from '../../domain/records/support/records';
import { emptyTables, freshDatabase } from '../support/database';

const db = freshDatabase();
let learner: Profile;
const tick = () => new Promise((resolve) => setTimeout(resolve, 2));
const input = (scenarioId = 'patch-basics'): NewAttempt => ({
  profileId: learner.id,
  scenarioId,
  scenarioVersion: '1.2.0',
  topic: 'patch-management',
  mode: 'mock',
  persona: 'strict',
  locale: 'de',
});

beforeEach(async () => {
  learner = await createProfile(db, { name: 'Ada', role: 'employee' });
});
afterEach(() => emptyTables(db));

describe('attempt repository', () => {
  it('starts an attempt in progress for an existing profile', async () => {
    const attempt = await startAttempt(db, { ...input(), machineSnapshot: { value: 'intro' } });
    expect(attempt).toMatchObject({
      status: 'in-progress',
      scenarioVersion: '1.2.0',
      machineSnapshot: { value: 'intro' },
    });
    expect(attempt.endedAt).toBeUndefined();
    expect(await getAttempt(db, attempt.id)).toEqual(attempt);
  });

  it('refuses an attempt for an unknown profile', async () => {
    await expect(startAttempt(db, { ...input(), profileId: crypto.randomUUID() })).rejects.toMatchObject({
      rule: 'not-found',
    });
  });

  it("lists a profile's attempts oldest first, and per scenario", async () => {
    const first = await startAttempt(db, input('patch-basics'));
    await tick();
    const second = await startAttempt(db, input('patch-advanced'));
    await tick();
    const third = await startAttempt(db, input('patch-basics'));
    const other = await createProfile(db, { name: 'Ben', role: 'employee' });
    await startAttempt(db, { ...input(), profileId: other.id });
    expect((await listAttemptsByProfile(db, learner.id)).map((a) => a.id)).toEqual([first.id, second.id, third.id]);
    expect((await listAttemptsByScenario(db, learner.id, 'patch-basics')).map((a) => a.id)).toEqual([
      first.id,
      third.id,
    ]);
  });

  it('finds the latest attempt still open, to resume it', async () => {
    const older = await startAttempt(db, input());
    await tick();
    const newer = await startAttempt(db, input());
    expect((await findOpenAttempt(db, learner.id))?.id).toBe(newer.id);
    await finishAttempt(db, newer.id, { status: 'abandoned' });
    expect((await findOpenAttempt(db, learner.id))?.id).toBe(older.id);
  });

  it('finishes an attempt once, with its outcome and end time', async () => {
    const attempt = await startAttempt(db, input());
    const done = await finishAttempt(db, attempt.id, {
      status: 'completed',
      score: 72,
      grade: 'ofi',
      machineSnapshot: { value: 'done' },
    });
    expect(done).toMatchObject({ status: 'completed', score: 72, grade: 'ofi', machineSnapshot: { value: 'done' } });
    expect(done.endedAt! >= done.startedAt).toBe(true);
    await expect(finishAttempt(db, attempt.id, { status: 'abandoned' })).rejects.toMatchObject({
      rule: 'attempt-closed',
    });
    expect(await getAttempt(db, attempt.id)).toEqual(done);
  });

  it('deletes an attempt with its answers', async () => {
    const attempt = await startAttempt(db, input());
    await saveAnswer(
      db,
      attempt.id,
      { questionId: 'cadence', attemptNumber: 1, text: 'x', result: buildScoreResult(seededRandom(2)) },
      null,
    );
    await deleteAttempt(db, attempt.id);
    expect(await db.attempts.count()).toBe(0);
    expect(await db.answers.count()).toBe(0);
  });
});
