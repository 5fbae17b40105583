import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backup } from '@/domain/backup/backup-schema';
import { exportBackup } from '@/storage/backup-export';
import { restoreBackup } from '@/storage/restore-backup';
import { buildDataset } from '../domain/records/support/records';
import { hostileFile, isReadable } from '../domain/backup/support/hostile-files';
import { countsOf, freshDatabase, seedDatabase, snapshotOf } from './support/database';

// Every generated file goes the whole way a learner's file would (parse, validate, import) against a database
// that already holds data; mutations of that very data's own export are among the bases, so a wrongly accepted
// file would collide with, replace or add to stored records.
const db = freshDatabase();
let own: Backup;
let before: Awaited<ReturnType<typeof snapshotOf>>;
let beforeCounts: number[];

beforeAll(async () => {
  await seedDatabase(db, buildDataset({ profiles: 2, attemptsPerProfile: 3, answersPerAttempt: 4, seed: 21 }));
  own = await exportBackup(db, { kind: 'all' });
  before = await snapshotOf(db);
  beforeCounts = await countsOf(db);
});
afterAll(() => db.delete());

describe('restoreBackup on 1,000 hostile files', () => {
  it('refuses each with readable messages, never rejects, and leaves the database as it was', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(hostileFile([own]), async ({ kind, text }) => {
        runs += 1;
        const result = await restoreBackup(db, text);
        expect(result.ok, `${kind} was accepted`).toBe(false);
        if (result.ok || result.reason !== 'invalid-file')
          throw new Error(`${kind}: unexpected ${JSON.stringify(result).slice(0, 300)}`);
        expect(result.errors.every((error) => isReadable(error.message))).toBe(true);
        expect(await countsOf(db)).toEqual(beforeCounts);
        if (runs % 100 === 0) expect(await snapshotOf(db)).toEqual(before);
      }),
      { numRuns: 1_000, seed: 4_242 },
    );
    expect(runs).toBe(1_000);
    expect(await snapshotOf(db)).toEqual(before);
  }, 120_000);
});
