import { z } from 'zod';
import { localeSchema } from '@/domain/scenario/locale';
import { grades, personas, topics } from '@/domain/scenario/scenario-schema';
import { recordIdSchema, semverSchema, slugSchema, timestampSchema } from './field-schemas';
import { jsonValueSchema } from './json-value';

export const attemptModes = ['practice', 'mock'] as const;
export type AttemptMode = (typeof attemptModes)[number];
export const attemptStatuses = ['in-progress', 'completed', 'abandoned'] as const;
export type AttemptStatus = (typeof attemptStatuses)[number];

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
  /**
   * The interview actor's persisted snapshot, so that a reload resumes exactly: JSON data within the free-form
   * limits (size, nesting, text length), so that every backup can hold it.
   */
  machineSnapshot: jsonValueSchema.optional(),
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

/** One interview of one learner on one scenario (current shape; version 1 is in attempt-v1-schema.ts). */
export const attemptSchema = z
  .object({ ...attemptCommonShape, scenarioId: slugSchema, scenarioVersion: semverSchema, topic: z.enum(topics) })
  .strict()
  .superRefine(checkAttemptTimes);
export type Attempt = z.infer<typeof attemptSchema>;
