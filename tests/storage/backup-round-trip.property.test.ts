import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { answerSchema } from '@/domain/records/answer-schema';
import { attemptSchema } from '@/domain/records/attempt-schema';
import { customScenarioSchema } from '@/domain/records/custom-scenario-schema';
import { profileSchema } from '@/domain/records/profile-schema';
import { exportBackupFile } from '@/storage/backup-export';
import { importedTables } from '@/storage/backup-import';
import type { TrainerDatabase } from '@/storage/database';
import { rebuildProgressDigests } from '@/storage/progress-digests';
import { checkedRecord } from '@/storage/record-check';
import { restoreBackup } from '@/storage/restore-backup';
import { putSetting } from '@/storage/settings-repository';
import { datasetArbitrary } from '../domain/records/support/record-arbitraries';
import type { Dataset } from '../domain/records/support/records';
import { emptyTables, freshDatabase } from './support/database';

// Every generated database is written as the app writes it (each record passes the repositories' check), exported
// with the real export, restored into an empty database with the real restore, and compared table by table.

const source = freshDatabase();
const target = freshDatabase();
afterAll(() => Promise.all([source.delete(), target.delete()]));

async function write(db: TrainerDatabase, data: Dataset): Promise<void> {
  const checked = {
    profiles: data.profiles.map((record) => checkedRecord(profileSchema, 'profile', record)),
    attempts: data.attempts.map((record) => checkedRecord(attemptSchema, 'attempt', record)),
    answers: data.answers.map((record) => checkedRecord(answerSchema, 'answer', record)),
    customScenarios: data.customScenarios.map((record) =>
      checkedRecord(customScenarioSchema, 'customScenario', record),
    ),
  };
  await db.transaction('rw', [db.profiles, db.attempts, db.answers, db.customScenarios], async () => {
    await db.profiles.bulkAdd(checked.profiles);
    await db.attempts.bulkAdd(checked.attempts);
    await db.answers.bulkAdd(checked.answers);
    await db.customScenarios.bulkAdd(checked.customScenarios);
  });
  for (const { key, value } of data.settings) await putSetting(db, key, value);
  await rebuildProgressDigests(db);
}

const comparedTables = [...importedTables, 'progressDigests'] as const;

async function tablesOf(db: TrainerDatabase) {
  const entries = await Promise.all(
    comparedTables.map(async (name) => [name, await db.table(name).toCollection().toArray()] as const),
  );
  return Object.fromEntries(entries);
}

const counts = (data: Dataset) => ({
  profiles: data.profiles.length,
  attempts: data.attempts.length,
  answers: data.answers.length,
  customScenarios: data.customScenarios.length,
  settings: data.settings.length,
});
const none = { profiles: 0, attempts: 0, answers: 0, customScenarios: 0, settings: 0 };

describe('backup round trip', () => {
  it('restores every generated database into an empty one record for record, and a second restore adds nothing', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, async (data) => {
        await Promise.all([emptyTables(source), emptyTables(target)]);
        await write(source, data);
        const { text } = await exportBackupFile(source, { kind: 'all' });

        const first = await restoreBackup(target, text);
        expect(first).toEqual({ ok: true, report: { added: counts(data), updated: none, skipped: none } });
        const restored = await tablesOf(target);
        expect(restored).toStrictEqual(await tablesOf(source));

        const again = await restoreBackup(target, text);
        expect(again).toEqual({ ok: true, report: { added: none, updated: none, skipped: counts(data) } });
        expect(await tablesOf(target)).toStrictEqual(restored);
      }),
      { numRuns: 1_000 },
    );
  }, 120_000);
});
