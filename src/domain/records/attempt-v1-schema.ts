import { z } from 'zod';
import { topics } from '@/domain/scenario/scenario-schema';
import { attemptCommonShape, checkAttemptTimes } from './attempt-schema';
import { semverSchema, slugSchema } from './field-schemas';

// The attempt of the first release (database version 1, backup format 1). It reuses the fields that have not
// changed since; before changing one of those shared fields, copy its old form here, so that version 1 records
// keep reading exactly as they did.

/** Version 1 kept the scenario reference as one nested object. */
export const scenarioRefV1Schema = z.object({ id: slugSchema, version: semverSchema, topic: z.enum(topics) }).strict();

export const attemptV1Schema = z
  .object({ ...attemptCommonShape, scenario: scenarioRefV1Schema })
  .strict()
  .superRefine(checkAttemptTimes);
export type AttemptV1 = z.infer<typeof attemptV1Schema>;
