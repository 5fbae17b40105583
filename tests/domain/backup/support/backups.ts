// Backup files around test records: the current format and format 1.
import {
  backupFormat,
  type Backup,
  type BackupData,
  type BackupScope,
  type BackupV1,
} from '@/domain/backup/backup-schema';
import { createBackup } from '@/domain/backup/serialize-backup';
import { minutesFrom } from '../../records/support/records';
import { toAnswerV1, toAttemptV1 } from '../../records/support/v1-records';

export function buildBackup(data: BackupData, scope: BackupScope = { kind: 'all' }): Backup {
  return createBackup({ scope, data, exportedAt: minutesFrom(100_000), appVersion: '0.1.0' });
}

export function buildBackupV1(data: BackupData): BackupV1 {
  return {
    format: backupFormat,
    formatVersion: 1,
    exportedAt: minutesFrom(90_000),
    scope: { kind: 'all' },
    data: { ...data, attempts: data.attempts.map(toAttemptV1), answers: data.answers.map(toAnswerV1) },
  };
}
