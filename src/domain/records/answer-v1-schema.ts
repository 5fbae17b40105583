import { z } from 'zod';
import { answerCommonShape } from './answer-schema';
import { scoreResultV1Schema } from './score-result-v1-schema';

// The answer of the first release (database version 1, backup format 1). It reuses the fields that have not
// changed since; before changing one of those shared fields, copy its old form here, so that version 1 records
// keep reading exactly as they did.

/** Version 1 answers did not carry their profile; it was only reachable through the attempt. */
export const answerV1Schema = z.object({ ...answerCommonShape, result: scoreResultV1Schema }).strict();
export type AnswerV1 = z.infer<typeof answerV1Schema>;
