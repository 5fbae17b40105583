// Version-1 shapes of current records, for fixtures of the first database version and backup format 1.
import type { Answer } from '@/domain/records/answer-schema';
import type { AnswerV1 } from '@/domain/records/answer-v1-schema';
import type { Attempt } from '@/domain/records/attempt-schema';
import type { AttemptV1 } from '@/domain/records/attempt-v1-schema';

/** The version-1 form of an attempt: the scenario reference nested. */
export function toAttemptV1(attempt: Attempt): AttemptV1 {
  const { scenarioId, scenarioVersion, topic, ...rest } = attempt;
  return { ...rest, scenario: { id: scenarioId, version: scenarioVersion, topic } };
}

/** The version-1 form of an answer: no profileId. */
export function toAnswerV1(answer: Answer): AnswerV1 {
  const { profileId: _profileId, ...rest } = answer;
  return rest;
}
