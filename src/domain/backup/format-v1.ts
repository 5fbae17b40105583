import { z } from 'zod';
import { topics } from '@/domain/scenario/scenario-schema';
import { semverSchema, slugSchema } from './field-schemas';
import { answerCommonShape, attemptCommonShape, checkAttemptTimes } from './record-schemas';

// The record shapes of the first release (database version 1, backup format 1). They reuse the fields that
// have not changed since; before changing one of those shared fields, copy its old form here, so that
// version 1 files keep reading exactly as they did.

/** Version 1 kept the scenario reference as one nested object. */
export const scenarioRefV1Schema = z.object({ id: slugSchema, version: semverSchema, topic: z.enum(topics) }).strict();

export const attemptV1Schema = z
  .object({ ...attemptCommonShape, scenario: scenarioRefV1Schema })
  .strict()
  .superRefine(checkAttemptTimes);
export type AttemptV1 = z.infer<typeof attemptV1Schema>;

/** Version 1 answers did not carry their profile; it was only reachable through the attempt. */
export const answerV1Schema = z.object(answerCommonShape).strict();
export type AnswerV1 = z.infer<typeof answerV1Schema>;
