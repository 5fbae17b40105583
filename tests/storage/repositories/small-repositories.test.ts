import { afterEach, describe, expect, it } from 'vitest';
import {
  deleteCustomScenario,
  getCustomScenario,
  listCustomScenarios,
  saveCustomScenario,
} from '@/storage/custom-scenario-repository';
import { enqueueOutboxItem, listOutboxItems, removeOutboxItems } from '@/storage/outbox-repository';
import { deleteSetting, getSetting, listSettings, putSetting } from '@/storage/settings-repository';
import { emptyTables, freshDatabase } from '../support/database';

const db = freshDatabase();
afterEach(() => emptyTables(db));

describe('settings repository', () => {
  it('stores, reads, lists and deletes values by key', async () => {
    await putSetting(db, 'locale', 'de');
    await putSetting(db, 'speech', { rate: 1.2 });
    await putSetting(db, 'locale', 'en');
    expect(await getSetting(db, 'locale')).toBe('en');
    expect(await listSettings(db)).toHaveLength(2);
    await deleteSetting(db, 'locale');
    expect(await getSetting(db, 'locale')).toBeUndefined();
  });
});

describe('custom scenario repository', () => {
  it('creates, replaces by id, lists by file name and deletes', async () => {
    const b = await saveCustomScenario(db, { fileName: 'b.yaml', source: 'id: b' });
    await saveCustomScenario(db, { fileName: 'a.yaml', source: 'id: a' });
    const edited = await saveCustomScenario(db, { id: b.id, fileName: 'b.yaml', source: 'id: b\nversion: 1.0.1' });
    expect((await listCustomScenarios(db)).map((s) => s.fileName)).toEqual(['a.yaml', 'b.yaml']);
    expect(await getCustomScenario(db, b.id)).toEqual(edited);
    await deleteCustomScenario(db, b.id);
    expect(await db.customScenarios.count()).toBe(1);
  });

  it('refuses a file name with a folder in it', async () => {
    await expect(saveCustomScenario(db, { fileName: '../evil.yaml', source: '' })).rejects.toThrow();
  });
});

describe('outbox repository', () => {
  it('queues items oldest first and removes delivered ones', async () => {
    const first = await enqueueOutboxItem(db, 'attempt-finished', { attemptId: 'a' });
    await new Promise((resolve) => setTimeout(resolve, 2));
    const second = await enqueueOutboxItem(db, 'attempt-finished', { attemptId: 'b' });
    expect((await listOutboxItems(db)).map((item) => item.id)).toEqual([first.id, second.id]);
    await removeOutboxItems(db, [first.id]);
    expect(await listOutboxItems(db)).toEqual([second]);
  });
});
