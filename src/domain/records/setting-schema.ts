import { z } from 'zod';
import { fieldLimits, nonBlank } from './field-schemas';

/** One device setting under its key; the value is any JSON. */
export const settingSchema = z.object({ key: nonBlank(fieldLimits.settingKeyChars), value: z.unknown() }).strict();
export type Setting = z.infer<typeof settingSchema>;
