import type { AnswerV1 } from './answer-v1-schema';
import type { Answer } from './answer-schema';
import type { AttemptV1 } from './attempt-v1-schema';
import type { Attempt } from './attempt-schema';

// Numbered steps, one per record change. Both the database upgrade (src/storage/versions) and the backup format
// migration (src/domain/backup/migrations.ts) call them, so a record migrates the same way from IndexedDB and
// from a file.

/** Step 1 -> 2 for one attempt: the nested scenario reference becomes scenarioId, scenarioVersion and topic. */
export function upgradeAttemptV1(attempt: AttemptV1): Attempt {
  const { scenario, ...rest } = attempt;
  return { ...rest, scenarioId: scenario.id, scenarioVersion: scenario.version, topic: scenario.topic };
}

/** Step 1 -> 2 for one answer: it now names its profile (taken from its attempt). */
export function upgradeAnswerV1(answer: AnswerV1, profileId: string): Answer {
  return { ...answer, profileId };
}
