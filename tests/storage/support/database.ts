import type { BackupData } from '@/domain/backup/backup-schema';
import { TrainerDatabase } from '@/storage/database';
import { rebuildProgressDigests } from '@/storage/progress-digests';
import { tableNames, type TableName } from '@/storage/tables';

let counter = 0;

/** A database of its own for one test (fake-indexeddb keeps databases for the whole run). */
export function freshDatabase(): TrainerDatabase {
  counter += 1;
  return new TrainerDatabase(`test-${counter}-${crypto.randomUUID()}`);
}

/** Empties every table, so the next test of a file starts from an empty database again. */
export async function emptyTables(db: TrainerDatabase): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()));
}

/** Every table's records, ordered by key: two equal snapshots mean nothing was written. */
export async function snapshotOf(db: TrainerDatabase): Promise<Record<TableName, unknown[]>> {
  const entries = await Promise.all(
    tableNames.map(async (name) => [name, await db.table(name).toCollection().toArray()] as const),
  );
  return Object.fromEntries(entries) as Record<TableName, unknown[]>;
}

/** Record counts per table, a cheap check between full snapshots. */
export async function countsOf(db: TrainerDatabase): Promise<number[]> {
  return Promise.all(tableNames.map((name) => db.table(name).count()));
}

/** Writes records directly (bypassing repositories), as an existing database would hold them, with their digests. */
export async function seedDatabase(db: TrainerDatabase, data: BackupData): Promise<void> {
  await db.transaction('rw', [db.profiles, db.attempts, db.answers, db.customScenarios, db.settings], async () => {
    await db.profiles.bulkAdd(data.profiles);
    await db.attempts.bulkAdd(data.attempts);
    await db.answers.bulkAdd(data.answers);
    await db.customScenarios.bulkAdd(data.customScenarios);
    await db.settings.bulkAdd(data.settings ?? []);
  });
  await rebuildProgressDigests(db);
}
