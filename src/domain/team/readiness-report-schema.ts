import { z } from 'zod';
import { attemptModes } from '@/domain/records/attempt-schema';
import { nonBlank, recordIdSchema, semverSchema, slugSchema, timestampSchema } from '@/domain/records/field-schemas';
import { fieldLimits } from '@/domain/records/limits';
import { grades, topics } from '@/domain/scenario/scenario-schema';
import { evidenceStatuses } from '@/domain/scoring/score-types';
import type { TeamAttempt } from './team-types';

// A readiness report: the file a learner exports from Progress and a manager imports into Readiness. Version 1
// is the first; a change is a new numbered schema here plus a step in readiness-report-parse.ts's migration.
// Invariant: no schema here transforms a value (no trim, no default), so the parsed report is the signed one
// and its canonical JSON is the bytes the learner signed (tests/domain/team/readiness-report-parse.test.ts).

export const readinessReportFormat = 'mock-audit-trainer/readiness-report';
export const currentReadinessReportVersion = 1;

/** Bounds on a report file, checked before and while it is read. */
export const readinessReportLimits = {
  /** 8 MiB of text: a learner's 1,000 attempts with answers fit with room to spare. */
  maxFileChars: 8 * 1024 * 1024,
  maxAttempts: 5_000,
  maxFindings: 200,
  labelChars: 2_000,
  maxReportedErrors: 20,
} as const;

const label = z.string().max(readinessReportLimits.labelChars);
const controlSchema = z.string().regex(/^A\.[5-8]\.\d{1,2}$/, 'must be an Annex A control like A.8.9');
const list = <T extends z.ZodType>(item: T) => z.array(item).max(fieldLimits.listItems);

/** A P-256 public key as a JWK with exactly the four fields that define it (no private part, no options). */
export const publicJwkSchema = z
  .object({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be 43 base64url characters'),
    y: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be 43 base64url characters'),
  })
  .strict();
export type PublicJwk = z.infer<typeof publicJwkSchema>;

const teamFindingSchema = z
  .object({
    questionId: slugSchema,
    question: label,
    grade: z.enum(grades).nullable(),
    score: z.number().min(0).max(100).optional(),
    controls: list(controlSchema),
    given: list(z.object({ evidenceId: slugSchema, label }).strict()),
    missing: list(
      z.object({ evidenceId: slugSchema, label, status: z.enum(evidenceStatuses), essential: z.boolean() }).strict(),
    ),
    redFlags: list(z.object({ redFlagId: slugSchema, label, severity: z.enum(['minor', 'major']) }).strict()),
    answers: list(z.string().max(fieldLimits.answerChars)).optional(),
  })
  .strict();

const teamAttemptSchema = z
  .object({
    attemptId: recordIdSchema,
    profileId: recordIdSchema,
    scenarioId: slugSchema,
    scenarioVersion: semverSchema,
    topic: z.enum(topics),
    mode: z.enum(attemptModes),
    date: timestampSchema,
    score: z.number().min(0).max(100),
    grade: z.enum(grades),
    complete: z.boolean(),
    findings: z.array(teamFindingSchema).max(readinessReportLimits.maxFindings),
  })
  .strict() satisfies z.ZodType<TeamAttempt>;

const learnerSchema = z
  .object({
    profileId: recordIdSchema,
    name: nonBlank(fieldLimits.nameChars),
    team: nonBlank(fieldLimits.nameChars).optional(),
  })
  .strict();

export const readinessReportPayloadV1Schema = z
  .object({
    format: z.literal(readinessReportFormat),
    formatVersion: z.literal(1),
    appVersion: z.string().min(1).max(fieldLimits.appVersionChars),
    createdAt: timestampSchema,
    learner: learnerSchema,
    /** Per profile, one more with every export: a manager keeps the highest and refuses a replayed older one. */
    sequence: z.int().min(1).max(Number.MAX_SAFE_INTEGER),
    publicKey: publicJwkSchema,
    topics: z.array(z.enum(topics)).max(topics.length),
    includesAnswers: z.boolean(),
    attempts: z.array(teamAttemptSchema).max(readinessReportLimits.maxAttempts),
  })
  .strict()
  .superRefine((payload, ctx) => {
    payload.attempts.forEach((attempt, index) => {
      if (attempt.profileId !== payload.learner.profileId)
        ctx.addIssue({
          code: 'custom',
          path: ['attempts', index, 'profileId'],
          message: "must be the learner's profileId",
        });
      if (!payload.topics.includes(attempt.topic))
        ctx.addIssue({
          code: 'custom',
          path: ['attempts', index, 'topic'],
          message: 'is not one of the topics chosen',
        });
      if (!payload.includesAnswers)
        attempt.findings.forEach((finding, f) => {
          if (finding.answers !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: ['attempts', index, 'findings', f, 'answers'],
              message: 'answers are present although includesAnswers is false',
            });
        });
    });
  });
export type ReadinessReportPayload = z.infer<typeof readinessReportPayloadV1Schema>;

const signatureSchema = z.string().regex(/^[A-Za-z0-9_-]{86}$/, 'must be a 64-byte ECDSA signature in base64url');

/** The file: the payload and the signature over its canonical JSON (canonical-json.ts). */
export const signedReadinessReportV1Schema = z
  .object({ payload: readinessReportPayloadV1Schema, signature: signatureSchema })
  .strict();
export type SignedReadinessReport = z.infer<typeof signedReadinessReportV1Schema>;

export const knownReadinessReportSchemas = { 1: signedReadinessReportV1Schema } as const;
export type KnownReadinessReportVersion = keyof typeof knownReadinessReportSchemas;
export function isKnownReadinessReportVersion(value: unknown): value is KnownReadinessReportVersion {
  return typeof value === 'number' && Object.hasOwn(knownReadinessReportSchemas, value);
}
