import { z } from 'zod';
import { nonBlank, recordIdSchema, timestampSchema } from './field-schemas';
import { fieldLimits } from './limits';

export const profileRoles = ['employee', 'trainer', 'manager'] as const;
export type ProfileRole = (typeof profileRoles)[number];

/** A learner on this device. */
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
