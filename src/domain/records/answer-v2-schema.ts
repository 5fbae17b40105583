import { z } from 'zod';
import { answerCommonShape } from './answer-schema';
import { recordIdSchema } from './field-schemas';
import { scoreResultV1Schema } from './score-result-v1-schema';

// The answer of backup format 2 (database version 2): it names its profile, and its score result has no
// diagnostics. The database needs no step for it, as the new field is optional and not indexed.

/** Format 2 answers: the score result as the scorer gave it before diagnostics. */
export const answerV2Schema = z
  .object({ ...answerCommonShape, profileId: recordIdSchema, result: scoreResultV1Schema })
  .strict();
export type AnswerV2 = z.infer<typeof answerV2Schema>;
