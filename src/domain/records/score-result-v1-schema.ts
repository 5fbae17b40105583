// The score result as the first releases stored it. Copied here before diagnostics joined the current shape, so that
// answers of backup formats 1 and 2 keep reading exactly as they did.
import { z } from 'zod';
import { grades, redFlagSchema } from '@/domain/scenario/scenario-schema';
import { evidenceStatuses, messageCodes } from '@/domain/scoring/score-types';
import { slugSchema } from './field-schemas';
import { fieldLimits } from './limits';

export const spanSchema = z
  .object({ start: z.int().min(0), end: z.int().min(0) })
  .strict()
  .refine((span) => span.end >= span.start, 'a span must not end before it starts');

export const spansSchema = z.array(spanSchema).max(fieldLimits.listItems);
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

/** The stored form of a scorer result before diagnostics: answers of database versions 1 and 2, backup formats 1 and 2. */
export const scoreResultV1Schema = z
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
  .strict();
export type ScoreResultV1 = z.infer<typeof scoreResultV1Schema>;
