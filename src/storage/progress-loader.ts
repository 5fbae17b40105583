import { aggregateProgress, type ProgressOptions } from '@/domain/progress/aggregate-progress';
import type { ScenarioMeta, TopicProgress } from '@/domain/progress/progress-types';
import type { TrainerDatabase } from './database';

/** Reads a learner's attempts and answers in one transaction (a consistent picture) and aggregates their progress. */
export async function loadProgress(
  db: TrainerDatabase,
  profileId: string,
  scenarios: readonly ScenarioMeta[],
  options?: ProgressOptions,
): Promise<TopicProgress[]> {
  const [attempts, answers] = await db.transaction('r', [db.attempts, db.answers], () =>
    Promise.all([db.attempts.where('profileId').equals(profileId).toArray(), db.answers.where('profileId').equals(profileId).toArray()]),
  );
  return aggregateProgress(attempts, answers, scenarios, options);
}
