import type { Attempt } from '@/domain/records/attempt-schema';
import { startAttempt, type NewAttempt } from '@/storage/attempt-repository';
import type { TrainerDatabase } from '@/storage/database';

/** Starts an attempt at the patch-management basics for a profile; a test overrides only what it is about. */
export function startPatchAttempt(
  db: TrainerDatabase,
  profileId: string,
  overrides: Partial<Omit<NewAttempt, 'profileId'>> = {},
): Promise<Attempt> {
  return startAttempt(db, {
    profileId,
    scenarioId: 'patch-basics',
    scenarioVersion: '1.0.0',
    topic: 'patch-management',
    mode: 'practice',
    persona: 'friendly',
    locale: 'en',
    ...overrides,
  });
}
