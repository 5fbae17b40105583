import type { Answer } from '@/domain/records/answer-schema';
import type { Attempt } from '@/domain/records/attempt-schema';
import type { CustomScenario } from '@/domain/records/custom-scenario-schema';
import type { Profile } from '@/domain/records/profile-schema';
import { sameRecord } from '@/domain/records/same-record';
import type { Setting } from '@/domain/records/setting-schema';

/** What an import does with one incoming record: add it, leave the stored one, or replace the stored one. */
export type MergeDecision = 'add' | 'skip' | 'replace';

/** Same id, same content: skip. Same id, different content: the newer wins; a tie keeps what is stored. */
export function decideMerge<T>(
  stored: T | undefined,
  incoming: T,
  isNewer: (incoming: T, stored: T) => boolean,
): MergeDecision {
  if (stored === undefined) return 'add';
  if (sameRecord(stored, incoming)) return 'skip';
  return isNewer(incoming, stored) ? 'replace' : 'skip';
}

const finished = (attempt: Attempt) => (attempt.status === 'in-progress' ? 0 : 1);

/**
 * When two versions of one record differ, which is newer. Profiles and custom scenarios: later updatedAt.
 * Attempts: a finished one beats one still in progress, then the later end (or start). Answers and settings
 * never replace what is stored: an answer does not change once given, and a device keeps its own settings.
 */
export const newerRecord = {
  profiles: (incoming: Profile, stored: Profile) => incoming.updatedAt > stored.updatedAt,
  attempts: (incoming: Attempt, stored: Attempt) =>
    finished(incoming) !== finished(stored)
      ? finished(incoming) > finished(stored)
      : (incoming.endedAt ?? incoming.startedAt) > (stored.endedAt ?? stored.startedAt),
  answers: (_incoming: Answer, _stored: Answer) => false,
  customScenarios: (incoming: CustomScenario, stored: CustomScenario) => incoming.updatedAt > stored.updatedAt,
  settings: (_incoming: Setting, _stored: Setting) => false,
};
