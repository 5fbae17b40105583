import { persistedPosition } from '@/domain/interview/snapshot-position';
import {
  draftPositionKey,
  draftPositionOf,
  draftSchema,
  type Draft,
  type DraftPosition,
} from '@/domain/records/draft-schema';
import type { TrainerDatabase } from './database';
import { nowIso } from './ids';
import { checkedRecord } from './record-check';

/** A draft as the answer box hands it over; the time is added here. */
export type NewDraft = Omit<Draft, 'savedAt'>;

type DraftKey = [string, string, string, number];

const keyOf = (attemptId: string, p: DraftPosition): DraftKey => [attemptId, p.questionId, p.probeId, p.attemptNumber];

/**
 * Keeps the text being typed at one position; an empty text removes the draft. Writes nothing when the
 * attempt is gone or no longer in progress, so a late save can never leave a draft without its interview.
 * Returns whether a draft is now stored.
 */
export function saveDraft(db: TrainerDatabase, input: NewDraft): Promise<boolean> {
  return db.transaction('rw', [db.attempts, db.drafts], async () => {
    const attempt = await db.attempts.get(input.attemptId);
    if (attempt?.status !== 'in-progress') return false;
    if (input.text === '') {
      await db.drafts.delete(keyOf(input.attemptId, input));
      return false;
    }
    await db.drafts.put(checkedRecord(draftSchema, 'draft', { ...input, savedAt: nowIso() }));
    return true;
  });
}

/**
 * Writes a draft with a single request committed at once, for a page that is being hidden or unloaded. Chromium
 * drops a page's unfinished transactions when it unloads: the checked `saveDraft` needs a read before its write,
 * and even a lone Dexie `put` is committed too late, while a native request followed by `commit()` lands. Without
 * the attempt check, so only for an attempt known to be open; falls back to `saveDraft` before the connection is
 * open. Its order against a Dexie save started just before it is not guaranteed: the caller saves again after.
 */
export function saveDraftAtOnce(db: TrainerDatabase, input: NewDraft): Promise<boolean> {
  if (!db.isOpen() || input.text === '') return saveDraft(db, input);
  try {
    const record = checkedRecord(draftSchema, 'draft', { ...input, savedAt: nowIso() });
    const tx = db.backendDB().transaction('drafts', 'readwrite');
    tx.objectStore('drafts').put(record);
    tx.commit();
    return new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve(true);
      tx.onabort = () => reject(tx.error ?? new Error('draft write aborted'));
    });
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** An attempt's drafts. */
export function listDrafts(db: TrainerDatabase, attemptId: string): Promise<Draft[]> {
  return db.drafts.where('attemptId').equals(attemptId).toArray();
}

/**
 * Removes the drafts of positions the interview has left, once that is durable: a position the stored snapshot
 * still asks keeps its draft (the answer to it is not saved yet, and a reload will ask it again). An attempt
 * that is gone or has ended loses all its drafts. Reading the snapshot and deleting share one transaction.
 * Returns the positions kept, to be cleared on a later call.
 */
export function clearLeftDrafts(
  db: TrainerDatabase,
  attemptId: string,
  left: readonly DraftPosition[],
): Promise<DraftPosition[]> {
  return db.transaction('rw', [db.attempts, db.drafts], async () => {
    const attempt = await db.attempts.get(attemptId);
    if (attempt?.status !== 'in-progress') {
      await db.drafts.where('attemptId').equals(attemptId).delete();
      return [];
    }
    const asked = persistedPosition(attempt.machineSnapshot);
    const stillAsked = (position: DraftPosition) =>
      asked !== null && draftPositionKey(position) === draftPositionKey(draftPositionOf(asked));
    await db.drafts.bulkDelete(left.filter((p) => !stillAsked(p)).map((p) => keyOf(attemptId, p)));
    return left.filter(stillAsked);
  });
}
