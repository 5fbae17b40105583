import { Dexie } from 'dexie';
import { answerSchema, type Answer } from '@/domain/records/answer-schema';
import { attemptSchema } from '@/domain/records/attempt-schema';
import type { TrainerDatabase } from './database';
import { newId, nowIso } from './ids';
import { checkedRecord } from './record-check';
import { StorageRuleError } from './storage-errors';

/** An answer as the interview hands it over; id and givenAt may be fixed by the caller (a retried save keeps its id). */
export type NewAnswer = Omit<Answer, 'id' | 'attemptId' | 'profileId' | 'givenAt'> & { id?: string; givenAt?: string };

/**
 * Stores an answer and the interview's snapshot after it in one transaction: after a crash or reload either
 * both are there or neither, so the resumed interview and its answers always agree. Saving again with the same
 * answer id replaces it (a retry never duplicates).
 */
export function saveAnswer(
  db: TrainerDatabase,
  attemptId: string,
  input: NewAnswer,
  machineSnapshot: unknown,
): Promise<Answer> {
  return db.transaction('rw', [db.attempts, db.answers], async () => {
    const attempt = await db.attempts.get(attemptId);
    if (!attempt) throw new StorageRuleError('not-found', `no attempt ${attemptId}`);
    if (attempt.status !== 'in-progress')
      throw new StorageRuleError('attempt-closed', `attempt ${attemptId} is ${attempt.status}`);
    const answer = checkedRecord(answerSchema, 'answer', {
      ...input,
      id: input.id ?? newId(),
      givenAt: input.givenAt ?? nowIso(),
      attemptId,
      profileId: attempt.profileId,
    });
    const withSnapshot = checkedRecord(attemptSchema, 'attempt', { ...attempt, machineSnapshot });
    await db.answers.put(answer);
    await db.attempts.put(withSnapshot);
    return answer;
  });
}

/** An attempt's answers in the order they were given. */
export function listAnswersByAttempt(db: TrainerDatabase, attemptId: string): Promise<Answer[]> {
  return db.answers
    .where('[attemptId+givenAt]')
    .between([attemptId, Dexie.minKey], [attemptId, Dexie.maxKey])
    .toArray();
}

/** All answers of a profile (any order), for progress and export. */
export function listAnswersByProfile(db: TrainerDatabase, profileId: string): Promise<Answer[]> {
  return db.answers.where('profileId').equals(profileId).toArray();
}
