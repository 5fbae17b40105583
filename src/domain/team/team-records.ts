import { z } from 'zod';
import { recordIdSchema, timestampSchema } from '@/domain/records/field-schemas';
import { fieldLimits } from '@/domain/records/limits';
import { auditContexts } from '@/domain/scenario/scenario-schema';
import { publicJwkSchema, signedReadinessReportV1Schema } from './readiness-report-schema';

// The records the device keeps for readiness reports (database version 4). Neither kind is in a backup: the
// signing key cannot leave the device (it is not extractable), and imported reports come from files the
// manager still has and can import again.

const isCryptoKey = (value: unknown): value is CryptoKey =>
  typeof CryptoKey !== 'undefined' && value instanceof CryptoKey;

/** A learner's own signing key: one per profile, its private half never extractable. */
export const signingKeyRecordSchema = z
  .object({
    profileId: recordIdSchema,
    privateKey: z.custom<CryptoKey>(isCryptoKey, 'must be a CryptoKey'),
    publicKey: publicJwkSchema,
    /** The sequence number the next export gets; only ever grows. */
    nextSequence: z.int().min(1).max(Number.MAX_SAFE_INTEGER),
    createdAt: timestampSchema,
  })
  .strict()
  .refine((record) => !record.privateKey.extractable, {
    message: 'the private key must not be extractable',
    path: ['privateKey'],
  });
export type SigningKeyRecord = z.infer<typeof signingKeyRecordSchema>;

/** The newest report imported for one learner (the highest sequence), as verified at import. */
export const teamReportRecordSchema = z
  .object({ profileId: recordIdSchema, report: signedReadinessReportV1Schema, importedAt: timestampSchema })
  .strict();
export type TeamReportRecord = z.infer<typeof teamReportRecordSchema>;

/**
 * The same record checked around a report that has just come through `parseReadinessReport`, which validated it
 * with `signedReadinessReportV1Schema` already: a second pass over a large report would double the import's cost
 * and could not find anything new. Only the import uses it, with the report the door returned.
 */
export const verifiedTeamReportRecordSchema = z
  .object({
    profileId: recordIdSchema,
    report: z.custom<TeamReportRecord['report']>((value) => typeof value === 'object' && value !== null),
    importedAt: timestampSchema,
  })
  .strict()
  .refine((record) => record.report.payload.learner.profileId === record.profileId, {
    message: "must be the report's learner",
    path: ['profileId'],
  });

/** The public key pinned for a learner on first import: later files must be signed by it. */
export const pinnedKeyRecordSchema = z
  .object({ profileId: recordIdSchema, publicKey: publicJwkSchema, pinnedAt: timestampSchema })
  .strict();
export type PinnedKeyRecord = z.infer<typeof pinnedKeyRecordSchema>;

/** One file imported for a learner: where the data came from, for the Readiness area's privacy list. */
export const importSourceRecordSchema = z
  .object({
    id: recordIdSchema,
    profileId: recordIdSchema,
    fileName: z.string().max(fieldLimits.fileNameChars),
    importedAt: timestampSchema,
    sequence: z.int().min(1),
    /** The report's own date. */
    createdAt: timestampSchema,
  })
  .strict();
export type ImportSourceRecord = z.infer<typeof importSourceRecordSchema>;

/** The manager's next audit: a calendar day (YYYY-MM-DD) and its kind. Stored as a setting. */
export const auditPlanSchema = z.object({ date: z.iso.date(), kind: z.enum(auditContexts) }).strict();
export type AuditPlan = z.infer<typeof auditPlanSchema>;
