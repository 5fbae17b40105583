import { describe, expect, it } from 'vitest';
import { persistedPosition } from '@/domain/interview/snapshot-position';

describe('persistedPosition', () => {
  it.each([
    [
      'a main question',
      { questionId: 'q1', probeId: null, attempt: 1, askedAt: 5 },
      { questionId: 'q1', probeId: null, attempt: 1 },
    ],
    [
      'a probe',
      { questionId: 'q1', probeId: 'p1', attempt: 2, askedAt: 5 },
      { questionId: 'q1', probeId: 'p1', attempt: 2 },
    ],
    ['no position', null, null],
    ['a broken position', { questionId: 3, probeId: null, attempt: 1 }, null],
    ['a probe that is not text', { questionId: 'q1', probeId: 7, attempt: 1 }, null],
  ])('%s', (_, position, expected) => {
    expect(persistedPosition({ value: 'x', context: { position } })).toEqual(expected);
  });

  it.each([[undefined], [null], ['text'], [{ value: 'x' }]])('reads nothing from %j', (stored) => {
    expect(persistedPosition(stored)).toBeNull();
  });
});
