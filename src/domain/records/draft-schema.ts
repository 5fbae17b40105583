import { z } from 'zod';
import { recordIdSchema, slugSchema, timestampSchema } from './field-schemas';
import { fieldLimits } from './limits';

/**
 * The text being typed for one question or probe of an interview, kept so a reload, a restart or a visit to
 * another page loses at most the last second of typing. Transient: never in a backup, gone once answered.
 */
export const draftSchema = z
  .object({
    attemptId: recordIdSchema,
    questionId: slugSchema,
    /** '' for the main question: the position is the record's key, and an IndexedDB key cannot hold an absent value. */
    probeId: z.union([z.literal(''), slugSchema]),
    /** The learner's try at this question within the attempt, as in an answer. */
    attemptNumber: z.int().min(1).max(fieldLimits.maxAttemptNumber),
    text: z.string().max(fieldLimits.answerChars),
    savedAt: timestampSchema,
  })
  .strict();
export type Draft = z.infer<typeof draftSchema>;

/** Where a draft belongs within its attempt. */
export type DraftPosition = Pick<Draft, 'questionId' | 'probeId' | 'attemptNumber'>;

/** The draft position of an interview position (the machine writes a main question's probe as null). */
export function draftPositionOf(position: {
  questionId: string;
  probeId: string | null;
  attempt: number;
}): DraftPosition {
  return { questionId: position.questionId, probeId: position.probeId ?? '', attemptNumber: position.attempt };
}

/** One string per position, for maps and React keys. */
export function draftPositionKey({ questionId, probeId, attemptNumber }: DraftPosition): string {
  return `${questionId}/${probeId}/${attemptNumber}`;
}
