import { z } from 'zod';
import { localeSchema } from '@/domain/scenario/locale';
import { grades, personas, topics } from '@/domain/scenario/scenario-schema';
import { fieldLimits, nonBlank, recordIdSchema, semverSchema, slugSchema, timestampSchema } from './field-schemas';
import { scoreResultSchema } from './score-result-schema';

// The record shapes of the current database version and backup format. Older shapes live in format-v1.ts.

export const profileRoles = ['employee', 'trainer', 'manager'] as const;
export type ProfileRole = (typeof profileRoles)[number];
export const attemptModes = ['practice', 'mock'] as const;
export type AttemptMode = (typeof attemptModes)[number];
export const attemptStatuses = ['in-progress', 'completed', 'abandoned'] as const;
export type AttemptStatus = (typeof attemptStatuses)[number];

export const profileSchema = z
  .object({
    id: recordIdSchema,
    name: nonBlank(fieldLimits.nameChars),
    role: z.enum(profileRoles),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict();
export type Profile = z.infer<typeof profileSchema>;

/** Fields every attempt shape shares, whatever the version. */
export const attemptCommonShape = {
  id: recordIdSchema,
  profileId: recordIdSchema,
  mode: z.enum(attemptModes),
  persona: z.enum(personas),
  locale: localeSchema,
  startedAt: timestampSchema,
  endedAt: timestampSchema.optional(),
  status: z.enum(attemptStatuses),
  /** The interview actor's persisted snapshot (JSON), so that a reload resumes exactly. */
  machineSnapshot: z.unknown().optional(),
  score: z.number().min(0).max(100).optional(),
  grade: z.enum(grades).optional(),
};

type Timed = { status: AttemptStatus; startedAt: string; endedAt?: string | undefined };

/** An attempt in progress has no end; a finished one has an end that does not precede its start. */
export function checkAttemptTimes(attempt: Timed, ctx: z.RefinementCtx): void {
  if (attempt.status === 'in-progress' && attempt.endedAt !== undefined)
    ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'an attempt in progress has no end time' });
  if (attempt.status !== 'in-progress' && attempt.endedAt === undefined)
    ctx.addIssue({ code: 'custom', path: ['endedAt'], message: `a ${attempt.status} attempt needs an end time` });
  if (attempt.endedAt !== undefined && attempt.endedAt < attempt.startedAt)
    ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'must not be earlier than startedAt' });
}

export const attemptSchema = z
  .object({ ...attemptCommonShape, scenarioId: slugSchema, scenarioVersion: semverSchema, topic: z.enum(topics) })
  .strict()
  .superRefine(checkAttemptTimes);
export type Attempt = z.infer<typeof attemptSchema>;

export const answerCommonShape = {
  id: recordIdSchema,
  attemptId: recordIdSchema,
  questionId: slugSchema,
  probeId: slugSchema.optional(),
  /** 1 for the first answer to this question or probe within the attempt, 2 for the next try, ... */
  attemptNumber: z.int().min(1).max(fieldLimits.maxAttemptNumber),
  text: z.string().max(fieldLimits.answerChars),
  givenAt: timestampSchema,
  result: scoreResultSchema,
};

export const answerSchema = z.object({ ...answerCommonShape, profileId: recordIdSchema }).strict();
export type Answer = z.infer<typeof answerSchema>;

export const customScenarioSchema = z
  .object({
    id: recordIdSchema,
    fileName: nonBlank(fieldLimits.fileNameChars).regex(/^[^/\\\0]+$/, 'must be a file name without folders'),
    /** The scenario's YAML text, as the trainer wrote it. */
    source: z.string().max(fieldLimits.sourceChars),
    updatedAt: timestampSchema,
  })
  .strict();
export type CustomScenario = z.infer<typeof customScenarioSchema>;

export const settingSchema = z.object({ key: nonBlank(fieldLimits.settingKeyChars), value: z.unknown() }).strict();
export type Setting = z.infer<typeof settingSchema>;

export const outboxItemSchema = z
  .object({
    id: recordIdSchema,
    kind: nonBlank(fieldLimits.kindChars),
    payload: z.unknown(),
    createdAt: timestampSchema,
  })
  .strict();
export type OutboxItem = z.infer<typeof outboxItemSchema>;
