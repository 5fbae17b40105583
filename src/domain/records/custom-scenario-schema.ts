import { z } from 'zod';
import { nonBlank, recordIdSchema, timestampSchema } from './field-schemas';
import { fieldLimits } from './limits';

/** A trainer's scenario file kept on the device. */
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
