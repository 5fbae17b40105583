import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changedTables, onStoredDataChange, type StoredDataChange } from '@/storage/changes';
import { createProfile } from '@/storage/profile-repository';
import { putSetting } from '@/storage/settings-repository';
import { freshDatabase } from './support/database';

const db = freshDatabase();
const stops: (() => void)[] = [];
// Creating the database's tables counts as a change of all of them; that is over before the tests start.
beforeAll(() => db.open());
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** Resolves with the next change notice for db (or the first of several). */
function nextChange(): Promise<StoredDataChange> {
  return new Promise((resolve) => stops.push(onStoredDataChange(db, resolve)));
}

describe('changedTables', () => {
  it.each([
    [
      { 'idb://app/attempts/': 1, 'idb://app/attempts/profileId': 1, 'idb://app/answers/:dels': 1 },
      ['attempts', 'answers'],
    ],
    [{ 'idb://other/attempts/': 1 }, []],
    [{ 'idb://app/unknownTable/': 1 }, []],
    [{ 'idb://app-2/profiles/': 1 }, []],
    [
      { all: 1 },
      [
        'profiles',
        'attempts',
        'answers',
        'customScenarios',
        'settings',
        'outbox',
        'progressDigests',
        'drafts',
        'signingKeys',
        'teamReports',
        'teamKeys',
        'teamSources',
      ],
    ],
  ])('%j -> %j', (parts, tables) => {
    expect(changedTables(parts, 'app')).toEqual(tables);
  });
});

describe('onStoredDataChange', () => {
  it('reports a committed write in this tab with the tables it touched', async () => {
    const change = nextChange();
    await createProfile(db, { name: 'Ada', role: 'employee' });
    expect(await change).toEqual({ tables: ['profiles'] });
  });

  it('reports a write made in another tab (relayed by BroadcastChannel)', async () => {
    const change = nextChange();
    // What Dexie in another tab posts after a commit there.
    const otherTab = new BroadcastChannel('x-storagemutated-1');
    otherTab.postMessage({ [`idb://${db.name}/answers/`]: {}, [`idb://${db.name}/attempts/`]: {} });
    otherTab.close();
    expect((await change).tables.sort()).toEqual(['answers', 'attempts']);
  });

  it('ignores other databases and stops after unsubscribing', async () => {
    const seen: StoredDataChange[] = [];
    const stop = onStoredDataChange(db, (change) => seen.push(change));
    const other = freshDatabase();
    await createProfile(other, { name: 'Elsewhere', role: 'employee' });
    stop();
    await putSetting(db, 'locale', 'de');
    expect(seen).toEqual([]);
    await other.delete();
  });
});
