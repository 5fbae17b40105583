import type { Dexie, Transaction } from 'dexie';
import { digestAll, type AttemptDigest } from '@/domain/progress/attempt-digest';
import type { Answer } from '@/domain/records/answer-schema';
import type { AnswerV1 } from '@/domain/records/answer-v1-schema';
import type { Attempt } from '@/domain/records/attempt-schema';
import type { AttemptV1 } from '@/domain/records/attempt-v1-schema';
import { upgradeAnswerV1, upgradeAttemptV1 } from '@/domain/records/record-migrations';
import { v1Stores } from './v1';

/**
 * Version 2: attempts carry scenarioId, scenarioVersion and topic as their own fields (indexed, with
 * [profileId+scenarioId] and [profileId+topic]); answers carry their profileId, so one index reads a learner's
 * answers; progressDigests holds a small summary per completed attempt so the progress page need not read
 * every answer.
 */
export const v2Stores = {
  ...v1Stores,
  attempts:
    'id, profileId, status, startedAt, scenarioId, topic, [profileId+startedAt], [profileId+scenarioId], [profileId+topic]',
  answers: 'id, attemptId, profileId, [attemptId+givenAt]',
  progressDigests: 'attemptId, profileId',
};

/** The data step; its record steps are shared with backup format 2 (src/domain/records/record-migrations.ts). */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const owners = new Map<string, string>();
  await tx
    .table<AttemptV1, string, Attempt>('attempts')
    .toCollection()
    .modify((attempt, ctx) => {
      owners.set(attempt.id, attempt.profileId);
      ctx.value = upgradeAttemptV1(attempt);
    });
  // An answer whose attempt is gone was unreachable in version 1 already; it keeps an empty profileId rather
  // than being deleted, because no upgrade removes data.
  await tx
    .table<AnswerV1, string, Answer>('answers')
    .toCollection()
    .modify((answer, ctx) => {
      ctx.value = upgradeAnswerV1(answer, owners.get(answer.attemptId) ?? '');
    });
  const [attempts, answers] = await Promise.all([
    tx.table<Attempt>('attempts').toArray(),
    tx.table<Answer>('answers').toArray(),
  ]);
  await tx.table<AttemptDigest>('progressDigests').bulkAdd(digestAll(attempts, answers));
}

export function declareV2(db: Dexie): void {
  db.version(2).stores(v2Stores).upgrade(upgradeToV2);
}
