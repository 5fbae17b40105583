import { describe, expect, it } from 'vitest';
import { sameRecord } from '@/domain/records/same-record';

describe('sameRecord', () => {
  it.each([
    [{ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [{ a: [1, 2] }, { a: [2, 1] }, false],
    [{ a: null }, { a: undefined }, false],
    [{ a: { b: 1 } }, { a: [1] }, false],
    [[1, 2], [1, 2, 3], false],
    ['x', 'x', true],
    [{ score: -0 }, { score: 0 }, true],
    [{ score: Number.NaN }, { score: Number.NaN }, true],
  ])('%j and %j -> %s', (a, b, same) => {
    expect(sameRecord(a, b)).toBe(same);
  });
});
