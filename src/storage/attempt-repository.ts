import { Dexie } from 'dexie';
import { attemptSchema, type Attempt } from '@/domain/records/attempt-schema';
import type { TrainerDatabase } from './database';
import { newId, nowIso } from './ids';
import { digestSources, refreshDigests } from './progress-digests';
import { checkedRecord } from './record-check';
import { StorageRuleError } from './storage-errors';

export type NewAttempt = Pick<
  Attempt,
  'profileId' | 'scenarioId' | 'scenarioVersion' | 'topic' | 'mode' | 'persona' | 'locale' | 'machineSnapshot'
>;
export type AttemptEnd = Pick<Attempt, 'score' | 'grade' | 'machineSnapshot'> & { status: 'completed' | 'abandoned' };

/** Starts an attempt for an existing profile. */
export function startAttempt(db: TrainerDatabase, input: NewAttempt): Promise<Attempt> {
  return db.transaction('rw', [db.profiles, db.attempts], async () => {
    if (!(await db.profiles.get(input.profileId)))
      throw new StorageRuleError('not-found', `no profile ${input.profileId}`);
    const attempt = checkedRecord(attemptSchema, 'attempt', {
      ...input,
      id: newId(),
      startedAt: nowIso(),
      status: 'in-progress',
    });
    await db.attempts.add(attempt);
    return attempt;
  });
}

export function getAttempt(db: TrainerDatabase, id: string): Promise<Attempt | undefined> {
  return db.attempts.get(id);
}

/** A profile's attempts, oldest first. */
export function listAttemptsByProfile(db: TrainerDatabase, profileId: string): Promise<Attempt[]> {
  return db.attempts
    .where('[profileId+startedAt]')
    .between([profileId, Dexie.minKey], [profileId, Dexie.maxKey])
    .toArray();
}

/** A profile's attempts at one scenario, oldest first. */
export async function listAttemptsByScenario(
  db: TrainerDatabase,
  profileId: string,
  scenarioId: string,
): Promise<Attempt[]> {
  const attempts = await db.attempts.where('[profileId+scenarioId]').equals([profileId, scenarioId]).toArray();
  return attempts.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

/** The profile's most recent attempt still in progress, to resume after a reload. */
export async function findOpenAttempt(db: TrainerDatabase, profileId: string): Promise<Attempt | undefined> {
  const attempts = await listAttemptsByProfile(db, profileId);
  return attempts.findLast((attempt) => attempt.status === 'in-progress');
}

/** Ends an attempt in progress (completed with its outcome, or abandoned); a completed one gets its progress digest. */
export function finishAttempt(db: TrainerDatabase, id: string, end: AttemptEnd): Promise<Attempt> {
  return db.transaction('rw', digestSources(db), async () => {
    const stored = await db.attempts.get(id);
    if (!stored) throw new StorageRuleError('not-found', `no attempt ${id}`);
    if (stored.status !== 'in-progress')
      throw new StorageRuleError('attempt-closed', `attempt ${id} is ${stored.status}`);
    const attempt = checkedRecord(attemptSchema, 'attempt', { ...stored, ...end, endedAt: nowIso() });
    await db.attempts.put(attempt);
    await refreshDigests(db, [id]);
    return attempt;
  });
}

/** Deletes an attempt with its answers and drafts, all or nothing. */
export function deleteAttempt(db: TrainerDatabase, id: string): Promise<void> {
  return db.transaction('rw', [...digestSources(db), db.drafts], async () => {
    await db.drafts.where('attemptId').equals(id).delete();
    await db.answers.where('attemptId').equals(id).delete();
    await db.attempts.delete(id);
    await db.progressDigests.delete(id);
  });
}
