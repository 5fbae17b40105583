import { upgradeAnswerV1, upgradeAttemptV1 } from '@/domain/records/record-migrations';
import type { AnyKnownBackup, Backup, BackupV1, BackupV2 } from './backup-schema';

// Numbered steps, one per format change. The records inside change through the record steps in
// src/domain/records/record-migrations.ts, which the database upgrade of the same change calls too.

/** Step 1 -> 2 for a whole backup; its references were checked before, so every answer finds its attempt. */
export function upgradeBackupV1(backup: BackupV1): BackupV2 {
  const owners = new Map(backup.data.attempts.map((attempt) => [attempt.id, attempt.profileId]));
  const { attempts, answers, ...rest } = backup.data;
  return {
    ...backup,
    formatVersion: 2,
    data: {
      ...rest,
      attempts: attempts.map(upgradeAttemptV1),
      answers: answers.map((answer) => upgradeAnswerV1(answer, owners.get(answer.attemptId) ?? '')),
    },
  };
}

/** Step 2 -> 3: score results gain optional diagnostics, so format 2 answers are format 3 answers as they are. */
export function upgradeBackupV2(backup: BackupV2): Backup {
  return { ...backup, formatVersion: 3 };
}

/** Runs the steps from a backup's format up to the current one. */
export function migrateBackup(backup: AnyKnownBackup): Backup {
  switch (backup.formatVersion) {
    case 1:
      return migrateBackup(upgradeBackupV1(backup));
    case 2:
      return migrateBackup(upgradeBackupV2(backup));
    case 3:
      return backup;
  }
}
