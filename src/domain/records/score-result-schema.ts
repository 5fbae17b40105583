import { z } from 'zod';
import { diagnosticKinds, type ScoreResult } from '@/domain/scoring/score-types';
import { slugSchema } from './field-schemas';
import { fieldLimits } from './limits';
import { scoreResultV1Schema, spansSchema } from './score-result-v1-schema';

const diagnosticSchema = z
  .object({
    kind: z.enum(diagnosticKinds),
    spans: spansSchema,
    items: z.array(slugSchema).max(fieldLimits.listItems),
  })
  .strict();

/**
 * The stored form of a scorer result; it must stay the same shape as ScoreResult (checked below). Diagnostics are
 * optional: answers stored before they existed lack them.
 */
export const scoreResultSchema = scoreResultV1Schema
  .extend({ diagnostics: z.array(diagnosticSchema).max(diagnosticKinds.length).optional() })
  .strict() satisfies z.ZodType<ScoreResult>;

// Both directions: a field added to ScoreResult but not here (or the reverse) fails the typecheck.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const scoreResultMatches: Same<z.infer<typeof scoreResultSchema>, ScoreResult> = true;
void scoreResultMatches;
