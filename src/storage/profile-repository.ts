import { profileSchema, type Profile } from '@/domain/records/profile-schema';
import type { TrainerDatabase } from './database';
import { newId, nowIso } from './ids';
import { checkedRecord } from './record-check';
import { StorageRuleError } from './storage-errors';

export type NewProfile = Pick<Profile, 'name' | 'role'>;

/** Creates a learner's profile. */
export async function createProfile(db: TrainerDatabase, input: NewProfile): Promise<Profile> {
  const now = nowIso();
  const profile = checkedRecord(profileSchema, 'profile', { id: newId(), ...input, createdAt: now, updatedAt: now });
  await db.profiles.add(profile);
  return profile;
}

export function getProfile(db: TrainerDatabase, id: string): Promise<Profile | undefined> {
  return db.profiles.get(id);
}

/** All profiles, by name. */
export async function listProfiles(db: TrainerDatabase): Promise<Profile[]> {
  const profiles = await db.profiles.toArray();
  return profiles.sort((a, b) => a.name.localeCompare(b.name) || a.createdAt.localeCompare(b.createdAt));
}

/** Changes name or role; read and write in one transaction, so a change from another tab is never overwritten. */
export function updateProfile(db: TrainerDatabase, id: string, changes: Partial<NewProfile>): Promise<Profile> {
  return db.transaction('rw', db.profiles, async () => {
    const stored = await db.profiles.get(id);
    if (!stored) throw new StorageRuleError('not-found', `no profile ${id}`);
    const profile = checkedRecord(profileSchema, 'profile', { ...stored, ...changes, updatedAt: nowIso() });
    await db.profiles.put(profile);
    return profile;
  });
}

/** Deletes a profile with all its attempts, answers and drafts, all or nothing. */
export function deleteProfile(db: TrainerDatabase, id: string): Promise<void> {
  const tables = [db.profiles, db.attempts, db.answers, db.progressDigests, db.drafts, db.signingKeys];
  return db.transaction('rw', tables, async () => {
    // Its signing key goes with the profile: a profile made later never signs as this one.
    await db.signingKeys.delete(id);
    const attemptIds = await db.attempts.where('profileId').equals(id).primaryKeys();
    await db.drafts.where('attemptId').anyOf(attemptIds).delete();
    await db.progressDigests.where('profileId').equals(id).delete();
    await db.answers.where('profileId').equals(id).delete();
    await db.attempts.where('profileId').equals(id).delete();
    await db.profiles.delete(id);
  });
}
