import { z } from 'zod';
import { fieldLimits } from './limits';

/** Record ids are UUIDs from crypto.randomUUID(). */
export const recordIdSchema = z.uuid();

/** Scenario, question, probe and evidence ids as scenario files write them. */
export const slugSchema = z
  .string()
  .max(fieldLimits.idChars)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, like patch-cycle');

export const semverSchema = z
  .string()
  .max(fieldLimits.appVersionChars)
  .regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0');

/**
 * Timestamps are UTC ISO strings exactly as Date.prototype.toISOString() writes them (milliseconds, "Z"),
 * so that comparing two of them as strings compares them in time.
 */
export const timestampSchema = z.iso.datetime({ precision: 3 });

/** Text that must say something: not empty and not only spaces. */
export function nonBlank(maxChars: number) {
  return z.string().max(maxChars).regex(/\S/, 'must not be empty');
}
