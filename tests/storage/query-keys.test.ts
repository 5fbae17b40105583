import { describe, expect, it } from 'vitest';
import { queryKeys, queryKeysForTables } from '@/storage/query-keys';

describe('queryKeys', () => {
  it('builds keys under their table prefix', () => {
    expect(queryKeys.attempts.byProfile('p1')).toEqual(['attempts', 'by-profile', 'p1']);
    expect(queryKeys.attempts.byProfile('p1').slice(0, 1)).toEqual(queryKeys.attempts.all);
    expect(queryKeys.progress.byProfile('p1')).toEqual(['progress', 'by-profile', 'p1']);
    expect(queryKeys.customScenarios.detail('c1').slice(0, 1)).toEqual(queryKeys.customScenarios.all);
  });

  it('keeps keys of different domains apart', () => {
    const prefixes = Object.values(queryKeys).map((domain) => domain.all.join('/'));
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});

describe('queryKeysForTables', () => {
  it.each([
    [['answers'], [['answers'], ['progress'], ['storage']]],
    [
      ['answers', 'attempts'],
      [['answers'], ['progress'], ['attempts'], ['storage']],
    ],
    [['settings'], [['settings'], ['storage']]],
    [['drafts'], [['storage']]],
    [[], []],
  ] as const)('%j -> %j', (tables, prefixes) => {
    expect(queryKeysForTables(tables)).toEqual(prefixes);
  });
});
