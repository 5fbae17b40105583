import type { Dexie } from 'dexie';

/**
 * Version 1, the first released schema. Frozen: a change is a new numbered version. Records: profiles;
 * attempts with a nested `scenario: {id, version, topic}`; answers without profileId (see
 * src/domain/records/attempt-v1-schema.ts and answer-v1-schema.ts).
 */
export const v1Stores = {
  profiles: 'id, updatedAt',
  attempts: 'id, profileId, status, startedAt, [profileId+startedAt]',
  answers: 'id, attemptId, [attemptId+givenAt]',
  customScenarios: 'id, fileName, updatedAt',
  settings: 'key',
  outbox: 'id, createdAt',
};

export function declareV1(db: Dexie): void {
  db.version(1).stores(v1Stores);
}
