import { appDatabase } from '@/storage/database';

/** Empties every table of the app's database, so each test starts from a new device. */
export async function resetDatabase(): Promise<void> {
  const db = appDatabase();
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
}
