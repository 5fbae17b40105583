import type { Table } from 'dexie';
import type { Backup } from '@/domain/backup/backup-schema';
import { decideMerge, newerRecord } from '@/domain/backup/merge-rules';
import type { TrainerDatabase } from './database';
import { refreshDigests } from './progress-digests';

export const importedTables = ['profiles', 'attempts', 'answers', 'customScenarios', 'settings'] as const;
export type ImportedTable = (typeof importedTables)[number];
export type ImportCounts = Record<ImportedTable, number>;
/** What an import did, per table: records added, stored records replaced by newer ones, records left as they were. */
export type ImportReport = { added: ImportCounts; updated: ImportCounts; skipped: ImportCounts };

const zeroCounts = (): ImportCounts => ({ profiles: 0, attempts: 0, answers: 0, customScenarios: 0, settings: 0 });

// Large tables are compared and written in slices, so memory stays bounded for very large backups.
const sliceSize = 5_000;

async function mergeInto<T>(
  table: Table<T, string>,
  incoming: readonly T[],
  keyOf: (record: T) => string,
  isNewer: (incoming: T, stored: T) => boolean,
): Promise<{ added: number; updated: number; skipped: number }> {
  const counts = { added: 0, updated: 0, skipped: 0 };
  for (let start = 0; start < incoming.length; start += sliceSize) {
    const slice = incoming.slice(start, start + sliceSize);
    const stored = await table.bulkGet(slice.map(keyOf));
    const writes = slice.filter((record, index) => {
      const decision = decideMerge(stored[index], record, isNewer);
      counts[decision === 'add' ? 'added' : decision === 'replace' ? 'updated' : 'skipped'] += 1;
      return decision !== 'skip';
    });
    if (writes.length > 0) await table.bulkPut(writes);
  }
  return counts;
}

/**
 * Merges a validated backup into the database in one read-write transaction over every table it touches: if
 * anything fails, nothing is written. Records are matched by id (settings by key); see merge-rules.ts for which
 * version wins. Importing the same file again adds and updates nothing. The progress digests of the file's
 * attempts are brought up to date in the same transaction.
 */
export function importBackup(db: TrainerDatabase, backup: Backup): Promise<ImportReport> {
  const tables = [db.profiles, db.attempts, db.answers, db.customScenarios, db.settings, db.progressDigests];
  return db.transaction('rw', tables, async () => {
    const report: ImportReport = { added: zeroCounts(), updated: zeroCounts(), skipped: zeroCounts() };
    const record = (name: ImportedTable, counts: { added: number; updated: number; skipped: number }) => {
      report.added[name] = counts.added;
      report.updated[name] = counts.updated;
      report.skipped[name] = counts.skipped;
    };
    const { data } = backup;
    record('profiles', await mergeInto(db.profiles, data.profiles, (r) => r.id, newerRecord.profiles));
    record('attempts', await mergeInto(db.attempts, data.attempts, (r) => r.id, newerRecord.attempts));
    record('answers', await mergeInto(db.answers, data.answers, (r) => r.id, newerRecord.answers));
    record(
      'customScenarios',
      await mergeInto(db.customScenarios, data.customScenarios, (r) => r.id, newerRecord.customScenarios),
    );
    record('settings', await mergeInto(db.settings, data.settings ?? [], (r) => r.key, newerRecord.settings));
    await refreshDigests(
      db,
      data.attempts.map((attempt) => attempt.id),
    );
    return report;
  });
}
