import { describe, expect, it } from 'vitest';
import { hintOrder } from '@/features/rehearse/interview/coach-hints';
import type { EvidenceItem } from '@/domain/scenario/scenario-schema';

const item = (id: string, essential: boolean, weight: number) => ({ id, essential, weight }) as unknown as EvidenceItem;
const items = [item('light', false, 1), item('heavy', false, 3), item('key', true, 1), item('key-heavy', true, 2)];

describe('hintOrder', () => {
  it.each([
    [[], ['key-heavy', 'key', 'heavy', 'light']],
    [['key-heavy'], ['key', 'heavy', 'light']],
    [['key', 'key-heavy', 'heavy', 'light'], []],
  ])('with %j covered, reveals %j in that order', (covered, expected) => {
    expect(hintOrder(items, new Set(covered)).map((i) => i.id)).toEqual(expected);
  });
});
