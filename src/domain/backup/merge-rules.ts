import type { Answer, Attempt, CustomScenario, Profile, Setting } from './record-schemas';

/** What an import does with one incoming record: add it, leave the stored one, or replace the stored one. */
export type MergeDecision = 'add' | 'skip' | 'replace';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function definedKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined);
}

/**
 * Deep equality of two stored or parsed records. Key order does not count, and a key holding undefined counts as
 * absent (IndexedDB keeps such keys, JSON drops them).
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => sameRecord(item, b[index]));
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = definedKeys(a);
  if (keys.length !== definedKeys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameRecord(a[key], b[key]));
}

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
