import { z } from 'zod';
import { recordIdSchema, slugSchema, timestampSchema } from './field-schemas';
import { fieldLimits } from './limits';
import { scoreResultSchema } from './score-result-schema';

/** Fields every answer shape shares, whatever the version. */
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

/** One answer with its score (current shape; version 1 is in answer-v1-schema.ts). */
export const answerSchema = z.object({ ...answerCommonShape, profileId: recordIdSchema }).strict();
export type Answer = z.infer<typeof answerSchema>;
