import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBackup } from '@/domain/backup/parse-backup';
import { serializeBackup } from '@/domain/backup/serialize-backup';
import { jsonCopy } from '@/lib/json-copy';
import { exportBackup, exportBackupFile } from '@/storage/backup-export';
import { importBackup } from '@/storage/backup-import';
import type { TrainerDatabase } from '@/storage/database';
import { restoreBackup } from '@/storage/restore-backup';
import { buildBackup, buildBackupV1 } from '../domain/backup/support/backups';
import { buildDataset, fixedUuid } from '../domain/records/support/records';
import { freshDatabase, seedDatabase, snapshotOf } from './support/database';

// fake-indexeddb is slow on a busy machine; these tests move thousands of records.
vi.setConfig({ testTimeout: 60_000 });

const data = buildDataset({ profiles: 2, attemptsPerProfile: 5, answersPerAttempt: 6, seed: 3 });
const opened: TrainerDatabase[] = [];
function database(): TrainerDatabase {
  const db = freshDatabase();
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function restoreOk(db: TrainerDatabase, text: string) {
  const result = await restoreBackup(db, text);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result;
}

describe('export then restore', () => {
  it('moves everything to a new device unchanged', async () => {
    const source = database();
    await seedDatabase(source, data);
    const { fileName, text } = await exportBackupFile(source, { kind: 'all' }, '0.1.0');
    expect(fileName).toMatch(/^mock-audit-trainer-backup-all-\d{4}-\d{2}-\d{2}\.json$/);
    const target = database();
    const { report } = await restoreOk(target, text);
    expect(report.added).toEqual({ profiles: 2, attempts: 10, answers: 60, customScenarios: 1, settings: 2 });
    expect(await snapshotOf(target)).toEqual(await snapshotOf(source));
  });

  it('adds nothing when the same file is restored twice', async () => {
    const db = database();
    const text = serializeBackup(buildBackup(data));
    await restoreOk(db, text);
    const before = await snapshotOf(db);
    const { report } = await restoreOk(db, text);
    expect(report.added).toEqual({ profiles: 0, attempts: 0, answers: 0, customScenarios: 0, settings: 0 });
    expect(report.updated).toEqual(report.added);
    expect(report.skipped).toEqual({ profiles: 2, attempts: 10, answers: 60, customScenarios: 1, settings: 2 });
    expect(await snapshotOf(db)).toEqual(before);
  });

  it('exports one profile with its own attempts and answers, without the device settings', async () => {
    const db = database();
    await seedDatabase(db, data);
    const learner = data.profiles[1]!;
    const backup = await exportBackup(db, { kind: 'profile', profileId: learner.id });
    expect(backup.data.profiles).toEqual([learner]);
    expect(backup.data.attempts.every((a) => a.profileId === learner.id)).toBe(true);
    expect(backup.data.attempts).toHaveLength(5);
    expect(backup.data.answers).toHaveLength(30);
    expect(backup.data.settings).toBeUndefined();
    expect(parseBackup(serializeBackup(backup))).toEqual({ ok: true, backup });
  });

  it('leaves out records whose owner is gone, so the file stays readable', async () => {
    const db = database();
    await seedDatabase(db, data);
    await db.answers.add({ ...data.answers[0]!, id: fixedUuid(9_999, 3), attemptId: fixedUuid(9_999, 2) });
    const backup = await exportBackup(db, { kind: 'all' });
    expect(backup.data.answers).toHaveLength(60);
    expect(parseBackup(serializeBackup(backup)).ok).toBe(true);
  });
});

describe('merging into a database that already holds data', () => {
  it('keeps the newer version of a record and reports what changed', async () => {
    const db = database();
    await seedDatabase(db, data);
    const [first, second] = data.profiles;
    await db.profiles.put({ ...first!, name: 'Newer here', updatedAt: '2027-01-01T00:00:00.000Z' });
    const open = {
      ...data.attempts[0]!,
      status: 'in-progress' as const,
      endedAt: undefined,
      score: undefined,
      grade: undefined,
    };
    await db.attempts.put(open);
    const incoming = jsonCopy(data);
    incoming.profiles[1] = { ...second!, name: 'Newer in file', updatedAt: '2027-02-01T00:00:00.000Z' };
    incoming.settings = [{ key: 'locale', value: 'en' }];
    const { report } = await restoreOk(db, serializeBackup(buildBackup(incoming)));
    expect(report.updated).toEqual({ profiles: 1, attempts: 1, answers: 0, customScenarios: 0, settings: 0 });
    expect(report.added.profiles).toBe(0);
    expect((await db.profiles.get(first!.id))?.name).toBe('Newer here');
    expect((await db.profiles.get(second!.id))?.name).toBe('Newer in file');
    expect((await db.attempts.get(open.id))?.status).toBe('completed');
    expect((await db.settings.get('locale'))?.value).toBe('de');
  });
});

describe('format versions', () => {
  it('restores a format-1 file, migrating it, and says so', async () => {
    const db = database();
    const result = await restoreOk(db, JSON.stringify(buildBackupV1(data)));
    expect(result.migratedFrom).toBe(1);
    expect(await db.answers.get(data.answers[7]!.id)).toEqual(data.answers[7]);
    expect(await db.attempts.get(data.attempts[3]!.id)).toEqual(data.attempts[3]);
  });

  it('refuses a file from a newer version and writes nothing', async () => {
    const db = database();
    await seedDatabase(db, data);
    const before = await snapshotOf(db);
    const newer = { ...buildBackup(data), formatVersion: 4 };
    const result = await restoreBackup(db, JSON.stringify(newer));
    expect(result).toMatchObject({ ok: false, reason: 'invalid-file', errors: [{ code: 'newer-format' }] });
    expect(await snapshotOf(db)).toEqual(before);
  });
});

describe('all or nothing', () => {
  it('writes nothing when the disk fills up halfway through an import', async () => {
    const db = database();
    await seedDatabase(db, { ...data, profiles: data.profiles.slice(0, 1), attempts: [], answers: [] });
    const before = await snapshotOf(db);
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    // Profiles and attempts are written first; the answers then fail.
    vi.spyOn(db.answers, 'bulkPut').mockImplementationOnce(() => Promise.reject(quota) as never);
    const result = await restoreBackup(db, serializeBackup(buildBackup(data)));
    expect(result).toMatchObject({ ok: false, reason: 'storage', problem: { kind: 'quota-full' } });
    expect(await snapshotOf(db)).toEqual(before);
  });

  it('imports a large backup in slices within one transaction', async () => {
    const big = buildDataset({ profiles: 1, attemptsPerProfile: 600, answersPerAttempt: 10, seed: 8 });
    const db = database();
    const report = await importBackup(db, buildBackup(big));
    expect(report.added.answers).toBe(6_000);
    expect(await db.answers.count()).toBe(6_000);
  }, 60_000);
});
