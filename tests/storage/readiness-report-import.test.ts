import { afterEach, describe, expect, it } from 'vitest';
import type { TrainerDatabase } from '@/storage/database';
import { importReadinessReports } from '@/storage/readiness-report-import';
import { loadTeam, removePerson } from '@/storage/team-repository';
import { signedFile, testSigner } from '../domain/team/support/signed-files';
import { teamAttempt, uuid } from '../domain/team/support/team-fixtures';
import { freshDatabase, snapshotOf } from './support/database';

const opened: TrainerDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

function database(): TrainerDatabase {
  const db = freshDatabase();
  opened.push(db);
  return db;
}

const learner = { profileId: uuid(2001), name: 'Ada Example' };
const attempts = (n: number) => Array.from({ length: n }, () => teamAttempt({ profileId: learner.profileId }));

/** A database holding one imported report (sequence 2) of `learner`, and its signer. */
async function withOneImported() {
  const db = database();
  const signer = await testSigner();
  const file = await signedFile(signer, { learner, sequence: 2, attempts: attempts(2) });
  const [result] = await importReadinessReports(db, [{ name: 'ada.json', text: file.text }]);
  expect(result).toMatchObject({ outcome: 'imported', profileId: learner.profileId });
  return { db, signer, file };
}

/** Imports one file and checks it was refused (or warned) with a message matching `message`, writing nothing. */
async function expectRefusedUnchanged(db: TrainerDatabase, text: string, outcome: string, message: RegExp) {
  const before = await snapshotOf(db);
  const [result] = await importReadinessReports(db, [{ name: 'bad.json', text }]);
  expect(result?.outcome).toBe(outcome);
  expect(result?.message).toMatch(message);
  expect(await snapshotOf(db)).toEqual(before);
  return result;
}

describe('importReadinessReports', () => {
  it('imports a valid file: the report, the pinned key and the source, ready for the model', async () => {
    const { db, signer } = await withOneImported();
    const team = await loadTeam(db);
    expect(team.people).toEqual([learner]);
    expect(team.attempts).toHaveLength(2);
    expect(team.sources).toMatchObject([{ fileName: 'ada.json', name: 'Ada Example', sequence: 2 }]);
    expect((await db.teamKeys.get(learner.profileId))?.publicKey).toEqual(signer.publicKey);
  });

  it('refuses a file with one changed byte', async () => {
    const { db, file } = await withOneImported();
    const signer2 = await testSigner();
    const other = await signedFile(signer2, { learner: { profileId: uuid(2002), name: 'Bea' }, sequence: 1 });
    const changed = other.text.replace('"score":80', '"score":90');
    expect(changed).not.toBe(other.text);
    await expectRefusedUnchanged(db, changed, 'refused', /signature does not match/);
    expect(file.text).toBeTruthy();
  });

  it('refuses a file with a removed field, naming it', async () => {
    const { db } = await withOneImported();
    const other = await signedFile(await testSigner(), { learner: { profileId: uuid(2003), name: 'Cy' } });
    const removed = other.text.replace('"appVersion":"0.1.0",', '');
    const result = await expectRefusedUnchanged(db, removed, 'refused', /payload\.appVersion: is missing/);
    expect(result?.refusal).toBe('invalid-file');
  });

  it('refuses a file whose public key was swapped for another', async () => {
    const { db } = await withOneImported();
    const other = await signedFile(await testSigner(), { learner: { profileId: uuid(2004), name: 'Dee' } });
    const intruder = await testSigner();
    const swapped = other.text
      .replace(other.payload.publicKey.x, intruder.publicKey.x)
      .replace(other.payload.publicKey.y, intruder.publicKey.y);
    await expectRefusedUnchanged(db, swapped, 'refused', /signature does not match/);
  });

  it('refuses an older or equal sequence after a newer one, and keeps the newer', async () => {
    const { db, signer } = await withOneImported();
    const older = await signedFile(signer, { learner, sequence: 1 });
    const same = await signedFile(signer, { learner, sequence: 2, createdAt: '2026-11-03T10:00:00.000Z' });
    const result = await expectRefusedUnchanged(db, older.text, 'refused', /not newer than the report already kept/);
    expect(result?.refusal).toBe('older-sequence');
    await expectRefusedUnchanged(db, same.text, 'refused', /not newer/);
    const newer = await signedFile(signer, { learner, sequence: 3, attempts: attempts(5) });
    const [replaced] = await importReadinessReports(db, [{ name: 'ada-3.json', text: newer.text }]);
    expect(replaced?.outcome).toBe('replaced-older');
    expect((await loadTeam(db)).attempts).toHaveLength(5);
    expect((await loadTeam(db)).sources.map((s) => s.sequence)).toEqual([3, 2]);
  });

  it('warns loudly and refuses a later file for a pinned learner signed by another key', async () => {
    const { db } = await withOneImported();
    const impostor = await signedFile(await testSigner(), { learner, sequence: 9 });
    const result = await expectRefusedUnchanged(db, impostor.text, 'key-changed-warning', /different key/);
    expect(result?.refusal).toBe('key-changed');
  });

  it('refuses a different format version, a newer one as made by a newer version of the app', async () => {
    const { db, signer } = await withOneImported();
    const newer = await signedFile(signer, { learner, sequence: 5 });
    await expectRefusedUnchanged(
      db,
      newer.text.replace('"formatVersion":1', '"formatVersion":2'),
      'refused',
      /made by a newer version of the app/,
    );
    await expectRefusedUnchanged(
      db,
      newer.text.replace('"formatVersion":1', '"formatVersion":0'),
      'refused',
      /formatVersion/,
    );
  });

  it('refuses truncated and malformed files with a located message while importing the rest', async () => {
    const db = database();
    const good = await signedFile(await testSigner(), { learner, sequence: 1 });
    const results = await importReadinessReports(db, [
      { name: 'cut.json', text: good.text.slice(0, 200) },
      { name: 'ok.json', text: good.text },
      { name: 'junk.json', text: 'hello' },
    ]);
    expect(results.map((r) => r.outcome)).toEqual(['refused', 'imported', 'refused']);
    expect(results[0]?.message).toMatch(/line 1, column \d+/);
    expect(results[2]?.message).toMatch(/line 1, column 1/);
    expect((await loadTeam(db)).people).toHaveLength(1);
  });

  it('removes a person with their report, pin and sources; their next file imports afresh', async () => {
    const { db } = await withOneImported();
    await removePerson(db, learner.profileId);
    expect(await loadTeam(db)).toMatchObject({ people: [], attempts: [], sources: [] });
    expect(await db.teamKeys.count()).toBe(0);
    const fresh = await signedFile(await testSigner(), { learner, sequence: 1 });
    const [result] = await importReadinessReports(db, [{ name: 'new-device.json', text: fresh.text }]);
    expect(result?.outcome).toBe('imported');
  });
});
