import { z } from 'zod';
import { nonBlank, recordIdSchema, timestampSchema } from './field-schemas';
import { fieldLimits } from './limits';

/** Something to report later; transient, so never in a backup. */
export const outboxItemSchema = z
  .object({
    id: recordIdSchema,
    kind: nonBlank(fieldLimits.kindChars),
    payload: z.unknown(),
    createdAt: timestampSchema,
  })
  .strict();
export type OutboxItem = z.infer<typeof outboxItemSchema>;
