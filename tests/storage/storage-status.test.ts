import { describe, expect, it } from 'vitest';
import { estimateUsage, isPersisted, requestPersistence, type StorageManagerLike } from '@/storage/storage-status';

const fails = () => Promise.reject(new Error('not allowed'));

describe('requestPersistence', () => {
  it.each<[string, StorageManagerLike | undefined, string]>([
    ['no Storage API', undefined, 'unsupported'],
    ['no persist()', { estimate: () => Promise.resolve({}) }, 'unsupported'],
    [
      'already persisted',
      { persisted: () => Promise.resolve(true), persist: () => Promise.reject(new Error('must not ask')) },
      'granted',
    ],
    [
      'granted on request',
      { persisted: () => Promise.resolve(false), persist: () => Promise.resolve(true) },
      'granted',
    ],
    ['refused', { persisted: () => Promise.resolve(false), persist: () => Promise.resolve(false) }, 'denied'],
    ['persist() throws', { persist: fails }, 'denied'],
  ])('%s -> %s', async (_name, storage, outcome) => {
    expect(await requestPersistence(storage)).toBe(outcome);
  });
});

describe('isPersisted', () => {
  it.each<[string, StorageManagerLike | undefined, string]>([
    ['no Storage API', undefined, 'unsupported'],
    ['persisted', { persisted: () => Promise.resolve(true) }, 'granted'],
    ['not persisted', { persisted: () => Promise.resolve(false) }, 'denied'],
    ['persisted() throws', { persisted: fails }, 'unsupported'],
  ])('%s -> %s', async (_name, storage, outcome) => {
    expect(await isPersisted(storage)).toBe(outcome);
  });
});

describe('estimateUsage', () => {
  it.each<[string, StorageManagerLike | undefined, object]>([
    ['no Storage API', undefined, { supported: false }],
    [
      'an estimate',
      { estimate: () => Promise.resolve({ usage: 1_234, quota: 5_000_000 }) },
      { supported: true, usageBytes: 1_234, quotaBytes: 5_000_000 },
    ],
    ['an estimate without numbers', { estimate: () => Promise.resolve({}) }, { supported: false }],
    ['estimate() throws', { estimate: fails }, { supported: false }],
  ])('%s', async (_name, storage, expected) => {
    expect(await estimateUsage(storage)).toEqual(expected);
  });
});
