import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attempt } from '@/domain/records/attempt-schema';
import { fieldLimits } from '@/domain/records/limits';
import { saveInterviewState } from '@/storage/interview-state';
import { deleteAttempt, finishAttempt } from '@/storage/attempt-repository';
import { clearLeftDrafts, listDrafts, saveDraft, saveDraftAtOnce, type NewDraft } from '@/storage/draft-repository';
import { createProfile, deleteProfile } from '@/storage/profile-repository';
import { startPatchAttempt } from '../support/attempts';
import { emptyTables, freshDatabase } from '../support/database';

const db = freshDatabase();
let attempt: Attempt;

const main = { questionId: 'cadence', probeId: '', attemptNumber: 1 } as const;
const probe = { questionId: 'cadence', probeId: 'evidence', attemptNumber: 1 } as const;
const next = { questionId: 'tooling', probeId: '', attemptNumber: 1 } as const;
const draftAt = (position: Omit<NewDraft, 'attemptId' | 'text'>, text: string, attemptId = attempt.id): NewDraft => ({
  attemptId,
  ...position,
  text,
});
/** A stored snapshot asking the given question (only the part the drafts read). */
const askingAt = (questionId: string, probeId: string | null = null) => ({
  value: { asking: probeId ? 'probe' : 'main' },
  context: { position: { questionId, probeId, attempt: 1, askedAt: 0 } },
});
const texts = async (attemptId = attempt.id) => (await listDrafts(db, attemptId)).map((d) => d.text).sort();

beforeEach(async () => {
  const learner = await createProfile(db, { name: 'Ada', role: 'employee' });
  attempt = await startPatchAttempt(db, learner.id, { machineSnapshot: askingAt('cadence') });
});
afterEach(() => emptyTables(db));

describe('saveDraft', () => {
  it('keeps one draft per position, the latest text, with the time it was saved', async () => {
    expect(await saveDraft(db, draftAt(main, 'We pa'))).toBe(true);
    await saveDraft(db, draftAt(main, 'We patch monthly'));
    await saveDraft(db, draftAt(probe, 'The WSUS report'));
    const drafts = await listDrafts(db, attempt.id);
    expect(drafts).toHaveLength(2);
    expect(drafts.find((d) => d.probeId === '')).toMatchObject({ ...main, text: 'We patch monthly' });
    expect(drafts[0]!.savedAt).toMatch(/Z$/);
  });

  it('removes the draft when the text is emptied', async () => {
    await saveDraft(db, draftAt(main, 'We patch'));
    expect(await saveDraft(db, draftAt(main, ''))).toBe(false);
    expect(await db.drafts.count()).toBe(0);
  });

  it('writes nothing for an attempt that has ended or is gone', async () => {
    await finishAttempt(db, attempt.id, { status: 'abandoned' });
    expect(await saveDraft(db, draftAt(main, 'late'))).toBe(false);
    expect(await saveDraft(db, draftAt(main, 'orphan', crypto.randomUUID()))).toBe(false);
    expect(await db.drafts.count()).toBe(0);
  });

  it('takes texts up to the answer limit and refuses longer ones', async () => {
    await saveDraft(db, draftAt(main, 'x'.repeat(fieldLimits.answerChars)));
    await expect(saveDraft(db, draftAt(main, 'x'.repeat(fieldLimits.answerChars + 1)))).rejects.toThrow();
    expect((await texts())[0]).toHaveLength(fieldLimits.answerChars);
  });
});

describe('saveDraftAtOnce', () => {
  it('writes the same record as saveDraft, in one request', async () => {
    await db.open();
    expect(await saveDraftAtOnce(db, draftAt(main, 'leaving the page'))).toBe(true);
    expect(await listDrafts(db, attempt.id)).toEqual([
      expect.objectContaining({ ...main, attemptId: attempt.id, text: 'leaving the page' }),
    ]);
  });

  it('refuses a text over the limit and removes a draft emptied', async () => {
    await db.open();
    await expect(saveDraftAtOnce(db, draftAt(main, 'x'.repeat(fieldLimits.answerChars + 1)))).rejects.toThrow();
    await saveDraft(db, draftAt(main, 'typed'));
    await saveDraftAtOnce(db, draftAt(main, ''));
    expect(await db.drafts.count()).toBe(0);
  });
});

describe('clearLeftDrafts', () => {
  it('removes the drafts of positions left behind once the stored interview has moved on', async () => {
    await saveDraft(db, draftAt(main, 'answered'));
    await saveDraft(db, draftAt(next, 'typing now'));
    await saveInterviewState(db, attempt.id, [], askingAt('tooling'));
    await clearLeftDrafts(db, attempt.id, [main]);
    expect(await texts()).toEqual(['typing now']);
  });

  it('keeps the draft of the position the stored interview still asks (its answer is not saved yet)', async () => {
    await saveDraft(db, draftAt(main, 'not saved yet'));
    expect(await clearLeftDrafts(db, attempt.id, [main])).toEqual([main]);
    expect(await texts()).toEqual(['not saved yet']);
  });

  it('removes every draft of an attempt that has ended', async () => {
    await saveDraft(db, draftAt(main, 'one'));
    await saveDraft(db, draftAt(next, 'two'));
    await finishAttempt(db, attempt.id, { status: 'completed', score: 50 });
    await clearLeftDrafts(db, attempt.id, []);
    expect(await db.drafts.count()).toBe(0);
  });
});

describe('deleting what a draft belongs to', () => {
  it('an attempt takes its drafts with it', async () => {
    await saveDraft(db, draftAt(main, 'gone'));
    await deleteAttempt(db, attempt.id);
    expect(await db.drafts.count()).toBe(0);
  });

  it("a profile takes its attempts' drafts with it, and nobody else's", async () => {
    const other = await createProfile(db, { name: 'Kept', role: 'employee' });
    const kept = await startPatchAttempt(db, other.id, { machineSnapshot: askingAt('cadence') });
    await saveDraft(db, draftAt(main, 'gone'));
    await saveDraft(db, draftAt(main, 'kept', kept.id));
    await deleteProfile(db, attempt.profileId);
    expect((await db.drafts.toArray()).map((d) => d.text)).toEqual(['kept']);
  });
});
