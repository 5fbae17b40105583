import { z } from 'zod';
import type { Answer } from '@/domain/records/answer-schema';
import { attemptModes, type Attempt } from '@/domain/records/attempt-schema';
import { recordIdSchema, slugSchema, timestampSchema } from '@/domain/records/field-schemas';
import { grades, topics } from '@/domain/scenario/scenario-schema';
import { earnsCredit } from '@/domain/scoring/grade';
import { attemptOutcome, type AttemptOutcome } from './attempt-outcome';

/**
 * What the progress page needs of one completed attempt, a few hundred bytes instead of its answers' full
 * results. Derived data: the database keeps one per completed attempt next to its sources, backups leave it out.
 */
export const attemptDigestSchema = z
  .object({
    attemptId: recordIdSchema,
    profileId: recordIdSchema,
    scenarioId: slugSchema,
    topic: z.enum(topics),
    mode: z.enum(attemptModes),
    /** When the attempt ended. */
    date: timestampSchema,
    score: z.number().min(0).max(100),
    grade: z.enum(grades),
    /** The worst finding in the attempt (its grade, or a question still graded a nonconformity). */
    worstGrade: z.enum(grades),
    /** Each evidence item asked for, and whether any answer to its question covered it, even partly. */
    evidence: z.array(z.object({ questionId: slugSchema, evidenceId: slugSchema, credited: z.boolean() }).strict()),
    /**
     * Main questions with at least one answer that has text (skips and empty answers do not count), in the order
     * first answered. Optional: digests stored before it existed lack it until their attempt is refreshed.
     */
    answered: z.array(slugSchema).optional(),
  })
  .strict();
export type AttemptDigest = z.infer<typeof attemptDigestSchema>;
export type EvidenceShown = AttemptDigest['evidence'][number];

/** Per (question, evidence item), whether the main answer, a probe or a retry covered it: a probe that draws it out counts. */
function evidenceShown(answers: readonly Answer[]): EvidenceShown[] {
  const shown = new Map<string, EvidenceShown>();
  for (const answer of answers) {
    for (const item of answer.result.evidence) {
      const key = `${answer.questionId}\n${item.id}`;
      const credited = earnsCredit(item.status);
      const seen = shown.get(key);
      if (seen) seen.credited ||= credited;
      else shown.set(key, { questionId: answer.questionId, evidenceId: item.id, credited });
    }
  }
  return [...shown.values()];
}

/** Main questions answered with some text, in the order first answered. */
export function answeredQuestions(answers: readonly Pick<Answer, 'questionId' | 'text'>[]): string[] {
  return [...new Set(answers.filter((a) => a.text.trim().length > 0).map((a) => a.questionId))];
}

/**
 * What a completed attempt counts with: its answered questions and outcome. Undefined for other attempts, when
 * nothing can be scored, or when no answer has any text: an interview ended without an answer is abandoned,
 * whatever its stored status. Progress digests and readiness reports both count attempts by this one rule.
 */
export function countedAttempt(
  attempt: Attempt,
  answers: readonly Answer[],
): { answered: string[]; outcome: AttemptOutcome } | undefined {
  if (attempt.status !== 'completed') return undefined;
  const answered = answeredQuestions(answers);
  if (answered.length === 0) return undefined;
  const outcome = attemptOutcome(attempt, answers);
  return outcome ? { answered, outcome } : undefined;
}

/** The digest of a completed attempt from its answers; undefined when the attempt does not count (`countedAttempt`). */
export function digestAttempt(attempt: Attempt, answers: readonly Answer[]): AttemptDigest | undefined {
  const counted = countedAttempt(attempt, answers);
  if (!counted) return undefined;
  const { answered, outcome } = counted;
  return {
    attemptId: attempt.id,
    profileId: attempt.profileId,
    scenarioId: attempt.scenarioId,
    topic: attempt.topic,
    mode: attempt.mode,
    date: attempt.endedAt ?? attempt.startedAt,
    ...outcome,
    evidence: evidenceShown(answers),
    answered,
  };
}

/** Digests of all the given attempts that have one, with answers matched to attempts in one pass. */
export function digestAll(attempts: readonly Attempt[], answers: readonly Answer[]): AttemptDigest[] {
  const byAttempt = new Map<string, Answer[]>();
  for (const answer of answers) {
    const list = byAttempt.get(answer.attemptId);
    if (list) list.push(answer);
    else byAttempt.set(answer.attemptId, [answer]);
  }
  return attempts.flatMap((attempt) => digestAttempt(attempt, byAttempt.get(attempt.id) ?? []) ?? []);
}
