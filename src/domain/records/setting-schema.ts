import { z } from 'zod';
import { nonBlank } from './field-schemas';
import { jsonValueSchema } from './json-value';
import { fieldLimits } from './limits';

/** One device setting under its key; the value is any JSON data within the free-form limits. */
export const settingSchema = z.object({ key: nonBlank(fieldLimits.settingKeyChars), value: jsonValueSchema }).strict();
export type Setting = z.infer<typeof settingSchema>;
