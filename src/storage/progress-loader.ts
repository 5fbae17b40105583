import { Dexie } from 'dexie';
import { aggregateDigests, type ProgressOptions } from '@/domain/progress/aggregate-progress';
import type { ScenarioMeta, TopicProgress } from '@/domain/progress/progress-types';
import { topics, type Topic } from '@/domain/scenario/scenario-schema';
import type { TrainerDatabase } from './database';

const isTopic = (value: unknown): value is Topic => topics.some((topic) => topic === value);

/**
 * A learner's progress per topic, from the stored digests of completed attempts (not from every answer, which
 * for 1,000 attempts is ten times the data). Topics the learner only started come from the attempts' index.
 */
export async function loadProgress(
  db: TrainerDatabase,
  profileId: string,
  scenarios: readonly ScenarioMeta[],
  options?: Omit<ProgressOptions, 'attemptedTopics'>,
): Promise<TopicProgress[]> {
  const [digests, keys] = await db.transaction('r', [db.attempts, db.progressDigests], () =>
    Promise.all([
      db.progressDigests.where('profileId').equals(profileId).toArray(),
      db.attempts.where('[profileId+topic]').between([profileId, Dexie.minKey], [profileId, Dexie.maxKey]).uniqueKeys(),
    ]),
  );
  const attemptedTopics = keys.flatMap((key) => {
    const topic: unknown = Array.isArray(key) ? key[1] : undefined;
    return isTopic(topic) ? [topic] : [];
  });
  return aggregateDigests(digests, scenarios, { ...options, attemptedTopics });
}
