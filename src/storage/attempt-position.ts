import { attemptSchema } from '@/domain/records/attempt-schema';
import type { TrainerDatabase } from './database';
import { checkedRecord } from './record-check';
import { StorageRuleError } from './storage-errors';

/** Saves where an interview stands (the actor's persisted snapshot) without an answer, e.g. after a skip. */
export function saveAttemptPosition(db: TrainerDatabase, attemptId: string, machineSnapshot: unknown): Promise<void> {
  return db.transaction('rw', db.attempts, async () => {
    const stored = await db.attempts.get(attemptId);
    if (!stored) throw new StorageRuleError('not-found', `no attempt ${attemptId}`);
    if (stored.status !== 'in-progress') return;
    await db.attempts.put(checkedRecord(attemptSchema, 'attempt', { ...stored, machineSnapshot }));
  });
}
