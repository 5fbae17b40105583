import {
  backupFormat,
  currentBackupFormatVersion,
  type Backup,
  type BackupData,
  type BackupScope,
} from './backup-schema';

/** A current-format backup around the given records. */
export function createBackup(input: {
  scope: BackupScope;
  data: BackupData;
  exportedAt: string;
  appVersion?: string;
}): Backup {
  const { scope, data, exportedAt, appVersion } = input;
  return {
    format: backupFormat,
    formatVersion: currentBackupFormatVersion,
    exportedAt,
    ...(appVersion === undefined ? {} : { appVersion }),
    scope,
    data,
  };
}

/** The file's text: indented JSON, so that a person can read it and a diff of two backups makes sense. */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 1)}\n`;
}

/** A file name that sorts by date and says what the file holds; no user text, so it is always a safe name. */
export function backupFileName(backup: Backup): string {
  const day = backup.exportedAt.slice(0, 10);
  const what = backup.scope.kind === 'all' ? 'all' : `profile-${backup.scope.profileId.slice(0, 8)}`;
  return `mock-audit-trainer-backup-${what}-${day}.json`;
}
