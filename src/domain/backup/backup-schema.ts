import { z } from 'zod';
import { answerSchema } from '@/domain/records/answer-schema';
import { answerV1Schema } from '@/domain/records/answer-v1-schema';
import { attemptSchema } from '@/domain/records/attempt-schema';
import { attemptV1Schema } from '@/domain/records/attempt-v1-schema';
import { customScenarioSchema } from '@/domain/records/custom-scenario-schema';
import { recordIdSchema, timestampSchema } from '@/domain/records/field-schemas';
import { backupLimits, fieldLimits } from '@/domain/records/limits';
import { profileSchema } from '@/domain/records/profile-schema';
import { settingSchema } from '@/domain/records/setting-schema';

export const backupFormat = 'mock-audit-trainer-backup';
export const currentBackupFormatVersion = 2;

export const backupScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('profile'), profileId: recordIdSchema }).strict(),
]);
export type BackupScope = z.infer<typeof backupScopeSchema>;

const commonData = {
  profiles: z.array(profileSchema).max(backupLimits.maxProfiles),
  customScenarios: z.array(customScenarioSchema).max(backupLimits.maxCustomScenarios),
  settings: z.array(settingSchema).max(backupLimits.maxSettings).optional(),
};

function envelope<V extends number, D extends z.ZodType>(formatVersion: V, data: D) {
  return z
    .object({
      format: z.literal(backupFormat),
      formatVersion: z.literal(formatVersion),
      exportedAt: timestampSchema,
      appVersion: z.string().max(fieldLimits.appVersionChars).optional(),
      scope: backupScopeSchema,
      data,
    })
    .strict();
}

/** Format 1: the records of database version 1. */
export const backupV1Schema = envelope(
  1,
  z
    .object({
      ...commonData,
      attempts: z.array(attemptV1Schema).max(backupLimits.maxAttempts),
      answers: z.array(answerV1Schema).max(backupLimits.maxAnswers),
    })
    .strict(),
);
export type BackupV1 = z.infer<typeof backupV1Schema>;

/** Format 2 (current): the records of database version 2. */
export const backupSchema = envelope(
  currentBackupFormatVersion,
  z
    .object({
      ...commonData,
      attempts: z.array(attemptSchema).max(backupLimits.maxAttempts),
      answers: z.array(answerSchema).max(backupLimits.maxAnswers),
    })
    .strict(),
);
export type Backup = z.infer<typeof backupSchema>;
export type BackupData = Backup['data'];

/** Every format this version reads, by number. */
export const knownBackupSchemas = { 1: backupV1Schema, 2: backupSchema } as const;
export type KnownFormatVersion = keyof typeof knownBackupSchemas;
export type AnyKnownBackup = BackupV1 | Backup;

/** Whether this version can read a backup of that format number. */
export function isKnownFormatVersion(version: unknown): version is KnownFormatVersion {
  return typeof version === 'number' && Object.hasOwn(knownBackupSchemas, version);
}
