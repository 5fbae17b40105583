// Version-1 shapes of current records, for fixtures of the first database version and backup format 1.
import { backupFormat, type BackupData, type BackupV1 } from '@/domain/backup/backup-schema';
import type { AnswerV1, AttemptV1 } from '@/domain/backup/format-v1';
import type { Answer, Attempt } from '@/domain/backup/record-schemas';
import { minutesFrom } from './records';

/** The version-1 form of an attempt: the scenario reference nested. */
export function toAttemptV1(attempt: Attempt): AttemptV1 {
  const { scenarioId, scenarioVersion, topic, ...rest } = attempt;
  return { ...rest, scenario: { id: scenarioId, version: scenarioVersion, topic } };
}

/** The version-1 form of an answer: no profileId. */
export function toAnswerV1(answer: Answer): AnswerV1 {
  const { profileId: _profileId, ...rest } = answer;
  return rest;
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
