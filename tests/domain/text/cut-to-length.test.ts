import { describe, expect, it } from 'vitest';
import { cutToLength } from '@/domain/text/cut-to-length';

describe('cutToLength', () => {
  it.each([
    ['shorter than the limit', 'patch', 10, 'patch'],
    ['exactly the limit', 'patch', 5, 'patch'],
    ['longer than the limit', 'patches', 5, 'patch'],
    ['an emoji across the limit is left out whole', 'ok\u{1f44d}', 3, 'ok'],
    ['an emoji inside the limit stays', 'ok\u{1f44d}', 4, 'ok\u{1f44d}'],
    ['a limit of nothing', 'patch', 0, ''],
  ])('%s', (_, text, max, expected) => {
    expect(cutToLength(text, max)).toBe(expected);
  });
});
