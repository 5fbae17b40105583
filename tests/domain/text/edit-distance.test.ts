import { describe, expect, it } from 'vitest';
import { editDistance } from '@/domain/text/edit-distance';

describe('typo distance (swaps count one, with a budget)', () => {
  it.each([
    ['restore', 'restroe', 1],
    ['baseline', 'baselnie', 1],
    ['hardening', 'hardenign', 1],
    ['documented', 'documneted', 1],
    ['authentication', 'authentcation', 1],
    ['vulnerability', 'vulnerabilty', 1],
    ['baseline', 'bassline', 1],
  ])('%s / %s = %i', (a, b, distance) => {
    expect(editDistance(a, b, { swaps: true, budget: 2 })).toBe(distance);
  });

  it('stops counting once the budget is spent', () => {
    expect(editDistance('restore', 'monitoring', { swaps: true, budget: 1 })).toBe(2);
  });
});

describe('plain edit distance (no swaps, no budget)', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['evidence', 'evidence', 0],
    ['redflags', 'redFlags', 1],
    ['restore', 'restroe', 2],
    ['restore', 'monitoring', 7],
  ])('%s / %s = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});
