import { z } from 'zod';
import { grades, redFlagSchema } from '@/domain/scenario/scenario-schema';
import { evidenceStatuses, messageCodes, type ScoreResult } from '@/domain/scoring/score-types';
import { slugSchema } from './field-schemas';
import { fieldLimits } from './limits';

const spanSchema = z
  .object({ start: z.int().min(0), end: z.int().min(0) })
  .strict()
  .refine((span) => span.end >= span.start, 'a span must not end before it starts');

const spansSchema = z.array(spanSchema).max(fieldLimits.listItems);
const phraseSchema = z.string().max(fieldLimits.phraseChars);

const evidenceResultSchema = z
  .object({ id: slugSchema, status: z.enum(evidenceStatuses), spans: spansSchema, phrase: phraseSchema.optional() })
  .strict();

const redFlagResultSchema = z
  .object({
    id: slugSchema,
    severity: redFlagSchema.shape.severity,
    spans: spansSchema,
    phrase: phraseSchema.optional(),
  })
  .strict();

/** The stored form of a scorer result; it must stay the same shape as ScoreResult (checked below). */
export const scoreResultSchema = z
  .object({
    score: z.number().min(0).max(100),
    grade: z.enum(grades),
    coverage: z.number().min(0).max(1),
    evidence: z.array(evidenceResultSchema).max(fieldLimits.listItems),
    redFlags: z.array(redFlagResultSchema).max(fieldLimits.listItems),
    missingEssential: z.array(slugSchema).max(fieldLimits.listItems),
    vague: z.boolean(),
    offTopic: z.boolean(),
    keywordList: z.boolean(),
    messages: z.array(z.enum(messageCodes)).max(fieldLimits.listItems),
  })
  .strict() satisfies z.ZodType<ScoreResult>;

// Both directions: a field added to ScoreResult but not here (or the reverse) fails the typecheck.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const scoreResultMatches: Same<z.infer<typeof scoreResultSchema>, ScoreResult> = true;
void scoreResultMatches;
