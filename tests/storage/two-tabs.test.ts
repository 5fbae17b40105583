import { afterEach, describe, expect, it } from 'vitest';
import { listAnswersByAttempt, saveAnswer } from '@/storage/answer-repository';
import { TrainerDatabase } from '@/storage/database';
import { createProfile, getProfile, updateProfile } from '@/storage/profile-repository';
import { buildScoreResult, seededRandom } from '../domain/records/support/records';
import { startPatchAttempt } from './support/attempts';
import { emptyTables } from './support/database';

// Two connections to one database behave like two tabs: IndexedDB runs their read-write transactions one
// after the other, so writes that read first (inside their transaction) never overwrite each other.
const name = `two-tabs-${crypto.randomUUID()}`;
const tabA = new TrainerDatabase(name);
const tabB = new TrainerDatabase(name);
afterEach(() => emptyTables(tabA));

describe('two tabs at once', () => {
  it('keeps both changes when each tab edits a different field of one profile', async () => {
    const profile = await createProfile(tabA, { name: 'Ada', role: 'employee' });
    await Promise.all([
      updateProfile(tabA, profile.id, { name: 'Ada L.' }),
      updateProfile(tabB, profile.id, { role: 'trainer' }),
    ]);
    expect(await getProfile(tabA, profile.id)).toMatchObject({ name: 'Ada L.', role: 'trainer' });
  });

  it('loses no answer when both tabs save to one attempt at the same time', async () => {
    const profile = await createProfile(tabA, { name: 'Ada', role: 'employee' });
    const attempt = await startPatchAttempt(tabA, profile.id);
    const random = seededRandom(5);
    const saves = Array.from({ length: 20 }, (_, i) =>
      saveAnswer(
        i % 2 === 0 ? tabA : tabB,
        attempt.id,
        { questionId: `q-${i}`, attemptNumber: 1, text: `answer ${i}`, result: buildScoreResult(random) },
        { step: i },
      ),
    );
    await Promise.all(saves);
    expect(await listAnswersByAttempt(tabB, attempt.id)).toHaveLength(20);
  });

  it('shows a write from one tab in the other', async () => {
    const profile = await createProfile(tabA, { name: 'Ada', role: 'employee' });
    expect(await getProfile(tabB, profile.id)).toEqual(profile);
  });
});
