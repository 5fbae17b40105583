import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupLimits, jsonValueLimits } from '@/domain/records/limits';
import { exportBackupFile } from '@/storage/backup-export';
import type { TrainerDatabase } from '@/storage/database';
import { restoreBackup } from '@/storage/restore-backup';
import { BackupTooLargeError } from '@/storage/storage-errors';
import { toStorageProblem } from '@/storage/storage-problem';
import { buildDataset, buildProfile } from '../domain/records/support/records';
import { freshDatabase, seedDatabase } from './support/database';

vi.setConfig({ testTimeout: 60_000 });

const opened: TrainerDatabase[] = [];
function database(): TrainerDatabase {
  const db = freshDatabase();
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('export writes only what restore reads', () => {
  it('cuts a text over the limit in a snapshot stored before snapshots were checked, and the file restores', async () => {
    const data = buildDataset({ profiles: 1, attemptsPerProfile: 2, answersPerAttempt: 1 });
    const long = 'a '.repeat(jsonValueLimits.maxStringChars);
    const legacy = { ...data.attempts[0]!, machineSnapshot: { context: { transcript: [{ text: long }] } } };
    const source = database();
    await seedDatabase(source, { ...data, attempts: [legacy, data.attempts[1]!] });

    const { text } = await exportBackupFile(source, { kind: 'all' });
    const target = database();
    expect(await restoreBackup(target, text)).toMatchObject({ ok: true, report: { added: { attempts: 2 } } });
    const restored = await target.attempts.get(legacy.id);
    expect(restored?.machineSnapshot).toEqual({
      context: { transcript: [{ text: long.slice(0, jsonValueLimits.maxStringChars) }] },
    });
    expect(await target.attempts.get(data.attempts[1]!.id)).toEqual(data.attempts[1]);
  });

  it('refuses, as too large and not as a storage failure, more records than one backup file holds', async () => {
    const db = database();
    const profiles = Array.from({ length: backupLimits.maxProfiles + 1 }, (_, n) => buildProfile(n + 1));
    await seedDatabase(db, { profiles, attempts: [], answers: [], customScenarios: [], settings: [] });
    const failure: unknown = await exportBackupFile(db, { kind: 'all' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BackupTooLargeError);
    expect((failure as Error).message).toBe(
      `This backup would hold ${backupLimits.maxProfiles + 1} profiles, more than the ${backupLimits.maxProfiles} one backup can hold.`,
    );
    expect(toStorageProblem(failure).kind).toBe('too-large');
  });
});
