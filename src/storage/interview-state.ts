import { answerSchema, type Answer } from '@/domain/records/answer-schema';
import { attemptSchema } from '@/domain/records/attempt-schema';
import type { NewAnswer } from './answer-repository';
import type { TrainerDatabase } from './database';
import { newId, nowIso } from './ids';
import { checkedRecord } from './record-check';
import { StorageRuleError } from './storage-errors';

/** Which stored answer a transcript answer is: the same question, probe, attempt number and text. */
function answerKey(answer: Pick<Answer, 'questionId' | 'probeId' | 'attemptNumber' | 'text'>): string {
  return JSON.stringify([answer.questionId, answer.probeId ?? null, answer.attemptNumber, answer.text]);
}

/**
 * Saves an interview's snapshot together with every answer of its transcript that the answers table lacks,
 * in one transaction.
 *
 * Invariant (answers = transcript): once this commits, the attempt's rows in `answers` are exactly the answers
 * of the snapshot's transcript. It holds whatever happened before, because nothing is counted across calls:
 * each call compares the transcript with the table (as a multiset of keys) and writes what is missing, so a
 * reload, a second writer or an earlier failed save is caught up by the next save, and a retry never
 * duplicates. Returns how many answers it wrote.
 */
export function saveInterviewState(
  db: TrainerDatabase,
  attemptId: string,
  transcriptAnswers: readonly NewAnswer[],
  machineSnapshot: unknown,
): Promise<number> {
  return db.transaction('rw', [db.attempts, db.answers], async () => {
    const attempt = await db.attempts.get(attemptId);
    if (!attempt) throw new StorageRuleError('not-found', `no attempt ${attemptId}`);
    const unmatched = new Map<string, number>();
    for (const stored of await db.answers.where('attemptId').equals(attemptId).toArray()) {
      const key = answerKey(stored);
      unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
    }
    const missing = transcriptAnswers.filter((answer) => {
      const key = answerKey(answer);
      const left = unmatched.get(key) ?? 0;
      if (left > 0) unmatched.set(key, left - 1);
      return left === 0;
    });
    // A closed attempt keeps its final snapshot; only a save that would add answers to it is an error.
    if (attempt.status !== 'in-progress') {
      if (missing.length) throw new StorageRuleError('attempt-closed', `attempt ${attemptId} is ${attempt.status}`);
      return 0;
    }
    const rows = missing.map((input) =>
      checkedRecord(answerSchema, 'answer', {
        ...input,
        id: input.id ?? newId(),
        givenAt: input.givenAt ?? nowIso(),
        attemptId,
        profileId: attempt.profileId,
      }),
    );
    await db.answers.bulkPut(rows);
    await db.attempts.put(checkedRecord(attemptSchema, 'attempt', { ...attempt, machineSnapshot }));
    return rows.length;
  });
}
