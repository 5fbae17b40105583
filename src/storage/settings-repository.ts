import { settingSchema, type Setting } from '@/domain/records/setting-schema';
import type { TrainerDatabase } from './database';
import { checkedRecord } from './record-check';

/** A stored setting's value, or undefined; callers validate the value against their own schema. */
export async function getSetting(db: TrainerDatabase, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

export function listSettings(db: TrainerDatabase): Promise<Setting[]> {
  return db.settings.toArray();
}

/** Stores a setting; the value must be plain JSON data. */
export async function putSetting(db: TrainerDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put(checkedRecord(settingSchema, 'setting', { key, value }));
}

export async function deleteSetting(db: TrainerDatabase, key: string): Promise<void> {
  await db.settings.delete(key);
}
