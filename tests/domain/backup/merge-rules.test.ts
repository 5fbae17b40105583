import { describe, expect, it } from 'vitest';
import { decideMerge, newerRecord } from '@/domain/backup/merge-rules';
import { jsonCopy } from '@/lib/json-copy';
import { buildAttempt, buildProfile, seededRandom } from '../records/support/records';

describe('decideMerge', () => {
  const profile = buildProfile(1);
  const newer = { ...profile, name: 'Renamed', updatedAt: '2027-01-01T00:00:00.000Z' };
  const older = { ...profile, name: 'Old name', updatedAt: '2025-01-01T00:00:00.000Z' };
  const sameTime = { ...profile, name: 'Other' };

  it.each([
    ['nothing stored', undefined, profile, 'add'],
    ['the same record', profile, jsonCopy(profile), 'skip'],
    ['a newer incoming version', profile, newer, 'replace'],
    ['an older incoming version', profile, older, 'skip'],
    ['a different version of the same time', profile, sameTime, 'skip'],
  ])('%s -> %s', (_name, stored, incoming, decision) => {
    expect(decideMerge(stored, incoming, newerRecord.profiles)).toBe(decision);
  });
});

describe('newerRecord.attempts', () => {
  const random = seededRandom(3);
  const profile = buildProfile(1);
  const open = buildAttempt(1, profile, random, {
    status: 'in-progress',
    endedAt: undefined,
    score: undefined,
    grade: undefined,
  });
  const done = {
    ...open,
    status: 'completed' as const,
    endedAt: '2026-01-05T11:00:00.000Z',
    score: 70,
    grade: 'ofi' as const,
  };
  const doneLater = { ...done, endedAt: '2026-01-05T12:00:00.000Z' };

  it.each([
    ['a finished attempt over one in progress', done, open, true],
    ['one in progress over a finished one', open, done, false],
    ['a later end over an earlier one', doneLater, done, true],
    ['an earlier end over a later one', done, doneLater, false],
  ])('%s: %s', (_name, incoming, stored, expected) => {
    expect(newerRecord.attempts(incoming, stored)).toBe(expected);
  });

  it('never replaces a stored answer or setting', () => {
    expect(newerRecord.settings({ key: 'a', value: 1 }, { key: 'a', value: 2 })).toBe(false);
  });
});
