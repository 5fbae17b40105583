import type { Dexie } from 'dexie';
import { declareV1 } from './v1';
import { declareV2 } from './v2';
import { declareV3 } from './v3';
import { declareV4 } from './v4';

/** Every schema version ever released, oldest first. Append only: add vN.ts and its fixture test. */
export const schemaVersions = [declareV1, declareV2, declareV3, declareV4] as const;
export const currentSchemaVersion = schemaVersions.length;

export function declareAllVersions(db: Dexie): void {
  for (const declare of schemaVersions) declare(db);
}
