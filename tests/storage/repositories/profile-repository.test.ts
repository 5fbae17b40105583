import { afterEach, describe, expect, it } from 'vitest';
import { saveAnswer } from '@/storage/answer-repository';
import { createProfile, deleteProfile, getProfile, listProfiles, updateProfile } from '@/storage/profile-repository';
import { StorageRuleError } from '@/storage/storage-errors';
import { buildScoreResult, seededRandom } from '../../domain/records/support/records';
import { startPatchAttempt } from '../support/attempts';
import { emptyTables, freshDatabase } from '../support/database';

const db = freshDatabase();
afterEach(() => emptyTables(db));

describe('profile repository', () => {
  it('creates a profile with an id and timestamps, and reads it back', async () => {
    const profile = await createProfile(db, { name: 'Ada', role: 'employee' });
    expect(profile.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(profile.createdAt).toBe(profile.updatedAt);
    expect(await getProfile(db, profile.id)).toEqual(profile);
  });

  it('refuses a blank name', async () => {
    await expect(createProfile(db, { name: ' ', role: 'trainer' })).rejects.toThrow();
    expect(await db.profiles.count()).toBe(0);
  });

  it('lists profiles by name', async () => {
    await createProfile(db, { name: 'Zoe', role: 'employee' });
    await createProfile(db, { name: 'Ben', role: 'manager' });
    expect((await listProfiles(db)).map((p) => p.name)).toEqual(['Ben', 'Zoe']);
  });

  it('updates name and role and moves updatedAt on', async () => {
    const profile = await createProfile(db, { name: 'Ada', role: 'employee' });
    await new Promise((resolve) => setTimeout(resolve, 2));
    const updated = await updateProfile(db, profile.id, { role: 'trainer' });
    expect(updated).toMatchObject({ name: 'Ada', role: 'trainer', createdAt: profile.createdAt });
    expect(updated.updatedAt > profile.updatedAt).toBe(true);
    expect(await getProfile(db, profile.id)).toEqual(updated);
  });

  it('says when the profile to update does not exist', async () => {
    await expect(updateProfile(db, crypto.randomUUID(), { name: 'X' })).rejects.toBeInstanceOf(StorageRuleError);
  });

  it("deletes a profile with its attempts and answers, and nobody else's", async () => {
    const [gone, kept] = [
      await createProfile(db, { name: 'Gone', role: 'employee' }),
      await createProfile(db, { name: 'Kept', role: 'employee' }),
    ];
    const [a, b] = [await startPatchAttempt(db, gone.id), await startPatchAttempt(db, kept.id)];
    const result = buildScoreResult(seededRandom(1));
    await saveAnswer(db, a.id, { questionId: 'cadence', attemptNumber: 1, text: 'monthly', result }, {});
    await saveAnswer(db, b.id, { questionId: 'cadence', attemptNumber: 1, text: 'weekly', result }, {});
    await deleteProfile(db, gone.id);
    expect(await db.profiles.toArray()).toEqual([kept]);
    expect((await db.attempts.toArray()).map((x) => x.id)).toEqual([b.id]);
    expect((await db.answers.toArray()).map((x) => x.text)).toEqual(['weekly']);
  });
});
