import type { Backup, BackupScope } from '@/domain/backup/backup-schema';
import { backupFileName, createBackup, serializeBackup } from '@/domain/backup/serialize-backup';
import type { Answer } from '@/domain/records/answer-schema';
import type { Attempt } from '@/domain/records/attempt-schema';
import type { Profile } from '@/domain/records/profile-schema';
import { listAnswersByProfile } from './answer-repository';
import { listAttemptsByProfile } from './attempt-repository';
import { checkBackupText, exportableAttempt } from './backup-self-check';
import { listCustomScenarios } from './custom-scenario-repository';
import type { TrainerDatabase } from './database';
import { nowIso } from './ids';
import { listSettings } from './settings-repository';
import { StorageRuleError } from './storage-errors';

type Owned = { profiles: Profile[]; attempts: Attempt[]; answers: Answer[] };

async function readOwned(db: TrainerDatabase, scope: BackupScope): Promise<Owned> {
  if (scope.kind === 'all') {
    const [profiles, attempts, answers] = await Promise.all([
      db.profiles.toArray(),
      db.attempts.toArray(),
      db.answers.toArray(),
    ]);
    return { profiles, attempts, answers };
  }
  const profile = await db.profiles.get(scope.profileId);
  if (!profile) throw new StorageRuleError('not-found', `no profile ${scope.profileId}`);
  const [attempts, answers] = await Promise.all([
    listAttemptsByProfile(db, scope.profileId),
    listAnswersByProfile(db, scope.profileId),
  ]);
  return { profiles: [profile], attempts, answers };
}

// A record whose owner is gone cannot pass a backup's reference check, so it is left out rather than
// making the whole file unreadable.
function keepReachable({ profiles, attempts, answers }: Owned): Owned {
  const profileIds = new Set(profiles.map((profile) => profile.id));
  const reachable = attempts.filter((attempt) => profileIds.has(attempt.profileId));
  const attemptIds = new Set(reachable.map((attempt) => attempt.id));
  return {
    profiles: profiles.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    attempts: reachable.sort((a, b) => a.startedAt.localeCompare(b.startedAt)).map(exportableAttempt),
    answers: answers
      .filter((answer) => attemptIds.has(answer.attemptId))
      .sort((a, b) => a.givenAt.localeCompare(b.givenAt)),
  };
}

/**
 * Builds a backup of everything, or of one profile (its attempts and answers, plus the custom scenarios they may
 * have used; settings belong to the device and travel only with "everything"). Read in one transaction, so the
 * file is a consistent picture even while another tab writes.
 */
export function exportBackup(db: TrainerDatabase, scope: BackupScope, appVersion?: string): Promise<Backup> {
  const tables = [db.profiles, db.attempts, db.answers, db.customScenarios, db.settings];
  return db.transaction('r', tables, async () => {
    const owned = keepReachable(await readOwned(db, scope));
    const customScenarios = await listCustomScenarios(db);
    const settings = scope.kind === 'all' ? await listSettings(db) : undefined;
    const data = { ...owned, customScenarios, ...(settings ? { settings } : {}) };
    return createBackup({ scope, data, exportedAt: nowIso(), ...(appVersion ? { appVersion } : {}) });
  });
}

/** The backup as a file to download: its name and text, checked to restore as it is. */
export async function exportBackupFile(
  db: TrainerDatabase,
  scope: BackupScope,
  appVersion?: string,
): Promise<{ fileName: string; text: string }> {
  const backup = await exportBackup(db, scope, appVersion);
  const text = serializeBackup(backup);
  checkBackupText(backup, text);
  return { fileName: backupFileName(backup), text };
}
