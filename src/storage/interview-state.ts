import { answerSchema, type Answer } from '@/domain/records/answer-schema';
import { attemptSchema } from '@/domain/records/attempt-schema';
import type { NewAnswer } from './answer-repository';
import type { TrainerDatabase } from './database';
import { newId, nowIso } from './ids';
import { digestSources, refreshDigests } from './progress-digests';
import { checkedRecord } from './record-check';
import { StorageRuleError } from './storage-errors';

/** Which stored answer a transcript answer is: the same question, probe, attempt number and text. */
function answerKey(answer: Pick<Answer, 'questionId' | 'probeId' | 'attemptNumber' | 'text'>): string {
  return JSON.stringify([answer.questionId, answer.probeId ?? null, answer.attemptNumber, answer.text]);
}

/** The transcript answers the stored ones lack, matched as a multiset of keys (a repeated answer counts twice). */
function missingAnswers(transcriptAnswers: readonly NewAnswer[], stored: readonly Answer[]): NewAnswer[] {
  const unmatched = new Map<string, number>();
  for (const answer of stored) {
    const key = answerKey(answer);
    unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
  }
  return transcriptAnswers.filter((answer) => {
    const key = answerKey(answer);
    const left = unmatched.get(key) ?? 0;
    if (left > 0) unmatched.set(key, left - 1);
    return left === 0;
  });
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
    const missing = missingAnswers(transcriptAnswers, await db.answers.where('attemptId').equals(attemptId).toArray());
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

/**
 * Ends an attempt whose interview this version cannot continue (see `checkSnapshot`): its snapshot stays as
 * stored, the answers of its transcript the table lacks are added as far as they are valid records (a snapshot
 * an older version wrote may hold rows this one cannot store), and it is completed without a verdict, so Progress
 * scores it from its answers. Never resumed afresh on the same attempt: that would overwrite the snapshot while
 * its answers stayed, and the table would no longer be the transcript's.
 */
export function closeUnresumableAttempt(
  db: TrainerDatabase,
  attemptId: string,
  transcriptAnswers: readonly NewAnswer[],
): Promise<void> {
  return db.transaction('rw', digestSources(db), async () => {
    const attempt = await db.attempts.get(attemptId);
    if (!attempt) throw new StorageRuleError('not-found', `no attempt ${attemptId}`);
    if (attempt.status !== 'in-progress') return;
    const stored = await db.answers.where('attemptId').equals(attemptId).toArray();
    const valid = missingAnswers(transcriptAnswers, stored).flatMap(
      (input) =>
        answerSchema.safeParse({
          ...input,
          id: input.id ?? newId(),
          givenAt: input.givenAt ?? nowIso(),
          attemptId,
          profileId: attempt.profileId,
        }).data ?? [],
    );
    if (valid.length > 0) await db.answers.bulkAdd(valid);
    await db.attempts.put(
      checkedRecord(attemptSchema, 'attempt', { ...attempt, status: 'completed', endedAt: nowIso() }),
    );
    await refreshDigests(db, [attemptId]);
  });
}
