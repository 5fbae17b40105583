import { outboxItemSchema, type OutboxItem } from '@/domain/records/outbox-item-schema';
import type { TrainerDatabase } from './database';
import { newId, nowIso } from './ids';
import { checkedRecord } from './record-check';

/** Queues something to report later (for example a finished attempt for a manager's summary). */
export async function enqueueOutboxItem(db: TrainerDatabase, kind: string, payload: unknown): Promise<OutboxItem> {
  const item = checkedRecord(outboxItemSchema, 'outboxItem', { id: newId(), kind, payload, createdAt: nowIso() });
  await db.outbox.add(item);
  return item;
}

/** Queued items, oldest first. */
export function listOutboxItems(db: TrainerDatabase): Promise<OutboxItem[]> {
  return db.outbox.orderBy('createdAt').toArray();
}

/** Removes items once they are delivered. */
export async function removeOutboxItems(db: TrainerDatabase, ids: readonly string[]): Promise<void> {
  await db.outbox.bulkDelete([...ids]);
}
