import { afterEach, describe, expect, it, vi } from 'vitest';
import { digestAll } from '@/domain/progress/attempt-digest';
import type { Answer } from '@/domain/records/answer-schema';
import type { Attempt } from '@/domain/records/attempt-schema';
import { TrainerDatabase } from '@/storage/database';
import { listDrafts, saveDraft } from '@/storage/draft-repository';
import { currentSchemaVersion } from '@/storage/versions/versions';
import { buildDataset } from '../domain/records/support/records';
import v1SmallText from './fixtures/v1-small.json?raw';
import { readV2Database, writeV2Database, type V2Records } from './fixtures/v2-database';

// fake-indexeddb is slow on a busy machine; the large case moves thousands of records.
vi.setConfig({ testTimeout: 60_000 });

const opened: TrainerDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const sortedBy = <T>(records: T[], key: (record: T) => string) =>
  [...records].sort((a, b) => key(a).localeCompare(key(b)));

/** Writes the records with version 2, opens them with the current app and compares every table record by record. */
async function upgradeAndCompare(records: V2Records): Promise<TrainerDatabase> {
  const name = `migration-v3-${crypto.randomUUID()}`;
  await writeV2Database(name, records);
  expect(await readV2Database(name)).toMatchObject({ version: 2 });
  expect((await readV2Database(name)).tables).not.toContain('drafts');

  const db = new TrainerDatabase(name);
  opened.push(db);
  await db.open();
  expect(db.verno).toBe(currentSchemaVersion);
  const id = (record: { id: string }) => record.id;
  expect(sortedBy(await db.profiles.toArray(), id)).toEqual(sortedBy(records.profiles, id));
  expect(sortedBy(await db.attempts.toArray(), id)).toEqual(sortedBy(records.attempts, id));
  expect(sortedBy(await db.answers.toArray(), id)).toEqual(sortedBy(records.answers, id));
  expect(sortedBy(await db.customScenarios.toArray(), id)).toEqual(sortedBy(records.customScenarios, id));
  expect(sortedBy(await db.settings.toArray(), (s) => s.key)).toEqual(sortedBy(records.settings, (s) => s.key));
  expect(sortedBy(await db.outbox.toArray(), id)).toEqual(sortedBy(records.outbox, id));
  expect(await db.progressDigests.orderBy('attemptId').toArray()).toEqual(
    sortedBy(records.progressDigests, (d) => d.attemptId),
  );
  expect(await db.drafts.count()).toBe(0);
  return db;
}

describe('schema version 2 -> 3', () => {
  it('keeps every record of the frozen fixture and adds an empty drafts table that works', async () => {
    const fixture = JSON.parse(v1SmallText) as {
      v1: Omit<V2Records, 'attempts' | 'answers' | 'progressDigests'>;
      expectedV2: { attempts: Attempt[]; answers: Answer[] };
    };
    const { attempts, answers } = fixture.expectedV2;
    const db = await upgradeAndCompare({
      ...fixture.v1,
      attempts,
      answers,
      progressDigests: digestAll(attempts, answers),
    });
    const open = await db.attempts.put({ ...attempts[0]!, status: 'in-progress', endedAt: undefined });
    await saveDraft(db, { attemptId: open, questionId: 'cadence', probeId: '', attemptNumber: 1, text: 'Monthly' });
    expect((await listDrafts(db, open)).map((draft) => draft.text)).toEqual(['Monthly']);
  });

  it('keeps 10,000 answers and their digests as they were', async () => {
    const data = buildDataset({ profiles: 10, attemptsPerProfile: 100, answersPerAttempt: 10, seed: 7 });
    await upgradeAndCompare({
      ...data,
      settings: data.settings ?? [],
      outbox: [],
      progressDigests: digestAll(data.attempts, data.answers),
    });
  }, 120_000);
});
