import { digestAttempt } from '@/domain/progress/attempt-digest';
import { sameRecord } from '@/domain/records/same-record';
import type { TrainerDatabase } from './database';

/** The tables a transaction must cover to call refreshDigests inside it. */
export function digestSources(db: TrainerDatabase) {
  return [db.attempts, db.answers, db.progressDigests];
}

/**
 * Brings the digests of the given attempts up to date with what is stored: written when missing or different,
 * removed when the attempt is gone or no longer completed. Call it inside the transaction that changed them.
 */
export async function refreshDigests(db: TrainerDatabase, attemptIds: readonly string[]): Promise<void> {
  if (attemptIds.length === 0) return;
  const ids = [...new Set(attemptIds)];
  // One equality query per attempt (a single getAll each) rather than one anyOf cursor that steps through them all.
  const [attempts, answers, stored] = await Promise.all([
    db.attempts.bulkGet(ids),
    Promise.all(ids.map((id) => db.answers.where('attemptId').equals(id).toArray())),
    db.progressDigests.bulkGet(ids),
  ]);
  const writes = [];
  const removals = [];
  for (const [index, attempt] of attempts.entries()) {
    const digest = attempt ? digestAttempt(attempt, answers[index] ?? []) : undefined;
    if (digest && !sameRecord(digest, stored[index])) writes.push(digest);
    if (!digest && stored[index]) removals.push(ids[index]!);
  }
  if (writes.length > 0) await db.progressDigests.bulkPut(writes);
  if (removals.length > 0) await db.progressDigests.bulkDelete(removals);
}

/** Recomputes every digest from the stored attempts and answers (a repair; the repositories keep them current). */
export function rebuildProgressDigests(db: TrainerDatabase): Promise<void> {
  return db.transaction('rw', digestSources(db), async () => {
    const attemptIds = await db.attempts.toCollection().primaryKeys();
    const known = new Set(attemptIds);
    const orphans = (await db.progressDigests.toCollection().primaryKeys()).filter((id) => !known.has(id));
    await db.progressDigests.bulkDelete(orphans);
    await refreshDigests(db, attemptIds);
  });
}
