import type { AnyKnownBackup, Backup, BackupV1 } from './backup-schema';
import type { AnswerV1, AttemptV1 } from './format-v1';
import type { Answer, Attempt } from './record-schemas';

// Numbered steps, one per format change; the database upgrade of the same change (src/storage/versions)
// calls the record steps too, so a record migrates the same way from a backup file and from IndexedDB.

/** Step 1 -> 2 for one attempt: the nested scenario reference becomes scenarioId, scenarioVersion and topic. */
export function upgradeAttemptV1(attempt: AttemptV1): Attempt {
  const { scenario, ...rest } = attempt;
  return { ...rest, scenarioId: scenario.id, scenarioVersion: scenario.version, topic: scenario.topic };
}

/** Step 1 -> 2 for one answer: it now names its profile (taken from its attempt). */
export function upgradeAnswerV1(answer: AnswerV1, profileId: string): Answer {
  return { ...answer, profileId };
}

/** Step 1 -> 2 for a whole backup; its references were checked before, so every answer finds its attempt. */
export function upgradeBackupV1(backup: BackupV1): Backup {
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

/** Runs the steps from a backup's format up to the current one. */
export function migrateBackup(backup: AnyKnownBackup): Backup {
  switch (backup.formatVersion) {
    case 1:
      return migrateBackup(upgradeBackupV1(backup));
    case 2:
      return backup;
  }
}
