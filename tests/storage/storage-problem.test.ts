import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openTrainerDatabase, TrainerDatabase } from '@/storage/database';
import { toStorageProblem } from '@/storage/storage-problem';

const dom = (name: string) => new DOMException(`native ${name}`, name);

describe('toStorageProblem', () => {
  it.each([
    ['a native QuotaExceededError', dom('QuotaExceededError'), 'quota-full'],
    ["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('full'), 'quota-full'],
    ['an abort caused by a full disk', new Dexie.AbortError('aborted', dom('QuotaExceededError')), 'quota-full'],
    [
      'a failed open caused by a full disk',
      new Dexie.OpenFailedError(new Dexie.AbortError('x', dom('QuotaExceededError'))),
      'quota-full',
    ],
    ['no IndexedDB at all', new Dexie.MissingAPIError('IndexedDB API missing'), 'unavailable'],
    ['Firefox private mode', new Dexie.OpenFailedError(dom('InvalidStateError')), 'unavailable'],
    ['a broken profile (Safari, Chromium)', new Dexie.OpenFailedError(dom('UnknownError')), 'unavailable'],
    ['InvalidStateError on its own', new Dexie.InvalidStateError('x'), 'unavailable'],
    ['UnknownError on its own', new Dexie.UnknownError('x'), 'unavailable'],
    ['storage blocked by privacy settings', dom('SecurityError'), 'unavailable'],
    ['a bare failed open', new Dexie.OpenFailedError('x'), 'unavailable'],
    ['a connection closed by another tab', new Dexie.DatabaseClosedError('closed'), 'blocked'],
    ['a newer database version from another tab', new Dexie.OpenFailedError(dom('VersionError')), 'blocked'],
    ['a plain error', new Error('boom'), 'unknown'],
    ['an abort without cause', new Dexie.AbortError('aborted'), 'unknown'],
    ['a string', 'boom', 'unknown'],
    ['null', null, 'unknown'],
  ])('%s -> %s', (_name, error, kind) => {
    expect(toStorageProblem(error).kind).toBe(kind);
  });

  it('keeps the outer error name and message for the log', () => {
    expect(toStorageProblem(new Dexie.OpenFailedError(dom('UnknownError')))).toEqual({
      kind: 'unavailable',
      errorName: 'OpenFailedError',
      detail: expect.stringContaining('native UnknownError') as string,
    });
  });
});

describe('openTrainerDatabase', () => {
  const names: string[] = [];
  afterEach(async () => {
    await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
  });

  it('opens a new database at the current version', async () => {
    const name = `open-${crypto.randomUUID()}`;
    names.push(name);
    const result = await openTrainerDatabase(name);
    expect(result.ok && result.db.verno).toBe(4);
    if (result.ok) result.db.close();
  });

  it('returns a problem instead of throwing when the browser refuses', async () => {
    const name = `open-${crypto.randomUUID()}`;
    names.push(name);
    const original = TrainerDatabase.prototype.open;
    TrainerDatabase.prototype.open = () => Promise.reject(new Dexie.OpenFailedError(dom('InvalidStateError'))) as never;
    try {
      expect(await openTrainerDatabase(name)).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
    } finally {
      TrainerDatabase.prototype.open = original;
    }
  });
});
