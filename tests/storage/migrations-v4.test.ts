import { afterEach, describe, expect, it, vi } from 'vitest';
import { digestAll } from '@/domain/progress/attempt-digest';
import { TrainerDatabase } from '@/storage/database';
import { importReadinessReports } from '@/storage/readiness-report-import';
import { currentSchemaVersion } from '@/storage/versions/versions';
import { buildDataset } from '../domain/records/support/records';
import { signedFile, testSigner } from '../domain/team/support/signed-files';
import { readV3Database, writeV3Database, type V3Records } from './fixtures/v3-database';

vi.setConfig({ testTimeout: 60_000 });

const opened: TrainerDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const sortedBy = <T>(records: T[], key: (record: T) => string) =>
  [...records].sort((a, b) => key(a).localeCompare(key(b)));

describe('schema version 3 -> 4', () => {
  it('keeps every record and adds empty readiness-report tables that work', async () => {
    const data = buildDataset({ profiles: 3, attemptsPerProfile: 10, answersPerAttempt: 5, seed: 11 });
    const attempt = data.attempts[0]!;
    const records: V3Records = {
      ...data,
      settings: data.settings ?? [],
      outbox: [],
      progressDigests: digestAll(data.attempts, data.answers),
      drafts: [
        {
          attemptId: attempt.id,
          questionId: 'cadence',
          probeId: '',
          attemptNumber: 1,
          text: 'Monthly',
          savedAt: attempt.startedAt,
        },
      ],
    };
    const name = `migration-v4-${crypto.randomUUID()}`;
    await writeV3Database(name, records);
    const v3 = await readV3Database(name);
    expect(v3.version).toBe(3);
    expect(v3.tables).not.toContain('teamReports');

    const db = new TrainerDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(currentSchemaVersion);
    expect(currentSchemaVersion).toBe(4);
    const id = (record: { id: string }) => record.id;
    expect(sortedBy(await db.profiles.toArray(), id)).toEqual(sortedBy(records.profiles, id));
    expect(sortedBy(await db.attempts.toArray(), id)).toEqual(sortedBy(records.attempts, id));
    expect(sortedBy(await db.answers.toArray(), id)).toEqual(sortedBy(records.answers, id));
    expect(sortedBy(await db.settings.toArray(), (s) => s.key)).toEqual(sortedBy(records.settings, (s) => s.key));
    expect(await db.progressDigests.count()).toBe(records.progressDigests.length);
    expect(await db.drafts.toArray()).toEqual(records.drafts);
    for (const table of [db.signingKeys, db.teamReports, db.teamKeys, db.teamSources])
      expect(await table.count()).toBe(0);

    const file = await signedFile(await testSigner());
    expect((await importReadinessReports(db, [{ name: 'a.json', text: file.text }]))[0]?.outcome).toBe('imported');
  });
});
