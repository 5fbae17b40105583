import type { Dexie } from 'dexie';
import { v2Stores } from './v2';

/**
 * Version 3: drafts holds the answer being typed, one per attempt and question or probe position (its key),
 * indexed by attempt so an attempt's drafts go with it. A new table only: no data step.
 */
export const v3Stores = {
  ...v2Stores,
  drafts: '[attemptId+questionId+probeId+attemptNumber], attemptId',
};

export function declareV3(db: Dexie): void {
  db.version(3).stores(v3Stores);
}
