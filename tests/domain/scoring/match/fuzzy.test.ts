import { describe, expect, it } from 'vitest';
import { typoBudget } from '@/domain/scoring/match/fuzzy';

describe('typo budget', () => {
  it.each([
    [3, 0],
    [4, 0],
    [5, 1],
    [8, 1],
    [9, 2],
    [14, 2],
  ])('a %i-letter word may have %i edits', (length, budget) => {
    expect(typoBudget(length)).toBe(budget);
  });
});
