import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attempt } from '@/domain/records/attempt-schema';
import { saveAnswer, type NewAnswer } from '@/storage/answer-repository';
import { finishAttempt, getAttempt } from '@/storage/attempt-repository';
import { saveInterviewState } from '@/storage/interview-state';
import { createProfile } from '@/storage/profile-repository';
import { buildScoreResult, seededRandom } from '../domain/records/support/records';
import { startPatchAttempt } from './support/attempts';
import { emptyTables, freshDatabase } from './support/database';

const db = freshDatabase();
const random = seededRandom(11);
let attempt: Attempt;
const answer = (questionId: string, text: string, attemptNumber = 1): NewAnswer => ({
  questionId,
  attemptNumber,
  text,
  result: buildScoreResult(random),
});
const storedTexts = async () =>
  (await db.answers.where('attemptId').equals(attempt.id).toArray()).map((a) => a.text).sort();

beforeEach(async () => {
  const learner = await createProfile(db, { name: 'Ada', role: 'employee' });
  attempt = await startPatchAttempt(db, learner.id, { machineSnapshot: { value: 'intro' } });
});
afterEach(() => emptyTables(db));

// Invariant (answers = transcript): after every committed save the table holds exactly the transcript's answers.
describe('saveInterviewState', () => {
  it('writes every transcript answer the table lacks, with the snapshot, and nothing twice', async () => {
    const transcript = [answer('cadence', 'monthly'), answer('scope', 'all servers')];
    expect(await saveInterviewState(db, attempt.id, transcript.slice(0, 1), { step: 1 })).toBe(1);
    expect(await saveInterviewState(db, attempt.id, transcript, { step: 2 })).toBe(1);
    expect(await saveInterviewState(db, attempt.id, transcript, { step: 3 })).toBe(0);
    expect(await storedTexts()).toEqual(['all servers', 'monthly']);
    expect((await getAttempt(db, attempt.id))?.machineSnapshot).toEqual({ step: 3 });
  });

  it('catches up answers that earlier saves missed (the first answer after a reload)', async () => {
    await saveAnswer(db, attempt.id, answer('cadence', 'monthly'), { step: 1 });
    const transcript = [answer('cadence', 'monthly'), answer('scope', 'all servers'), answer('tools', 'WSUS')];
    expect(await saveInterviewState(db, attempt.id, transcript, { step: 3 })).toBe(2);
    expect(await storedTexts()).toEqual(['WSUS', 'all servers', 'monthly']);
  });

  it('keeps the same answer given twice (a practice retry) as two rows', async () => {
    const transcript = [answer('cadence', 'monthly'), answer('cadence', 'monthly', 2), answer('cadence', 'monthly', 2)];
    await saveInterviewState(db, attempt.id, transcript, {});
    await saveInterviewState(db, attempt.id, transcript, {});
    expect(await storedTexts()).toEqual(['monthly', 'monthly', 'monthly']);
  });

  it('writes nothing when the transaction fails: neither the answers nor the snapshot', async () => {
    const bad = { ...answer('cadence', 'monthly'), questionId: 'Not A Slug' };
    await expect(saveInterviewState(db, attempt.id, [answer('scope', 'all'), bad], { step: 9 })).rejects.toThrow();
    expect(await storedTexts()).toEqual([]);
    expect((await getAttempt(db, attempt.id))?.machineSnapshot).toEqual({ value: 'intro' });
  });

  it('leaves a closed attempt alone, and refuses to add answers to it', async () => {
    await saveInterviewState(db, attempt.id, [answer('cadence', 'monthly')], { step: 1 });
    await finishAttempt(db, attempt.id, { status: 'completed', score: 50, grade: 'observation' });
    expect(await saveInterviewState(db, attempt.id, [answer('cadence', 'monthly')], { step: 2 })).toBe(0);
    await expect(
      saveInterviewState(db, attempt.id, [answer('cadence', 'monthly'), answer('scope', 'late')], {}),
    ).rejects.toMatchObject({ rule: 'attempt-closed' });
    expect(await storedTexts()).toEqual(['monthly']);
  });
});
