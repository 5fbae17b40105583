import { describe, expect, it } from 'vitest';
import { parseQuantity } from '@/domain/scoring/text/quantities';
import { tokenize } from '@/domain/scoring/text/tokenize';

describe('quantities', () => {
  const keyOf = (text: string): string[] => {
    const tokens = tokenize(text);
    const first = tokens.findIndex((t) => t.kind === 'word' || t.kind === 'number');
    return parseQuantity(tokens, first)?.keys ?? [];
  };
  it.each([
    ['two weeks'],
    ['14 days'],
    ['a fortnight'],
    ['fortnight'],
    ['2-week'],
    ['fourteen days'],
    ['14d'],
    ['zwei Wochen'],
    ['14 Tage'],
    ['vierzehn Tagen'],
    ['zweiwöchig'],
  ])('%s is 14 days', (text) => {
    expect(keyOf(text)).toContain('dur:336');
  });

  it.each([
    ['weekly'],
    ['every week'],
    ['once a week'],
    ['each week'],
    ['per week'],
    ['every 7 days'],
    ['wöchentlich'],
    ['jede Woche'],
    ['einmal pro Woche'],
    ['alle sieben Tage'],
  ])('%s is every 7 days', (text) => {
    expect(keyOf(text)).toContain('freq:168');
  });

  it.each([
    ['monthly', 'freq:720'],
    ['every other week', 'freq:336'],
    ['alle 14 Tage', 'freq:336'],
    ['24 hours', 'dur:24'],
    ['twenty-four hours', 'dur:24'],
    ['vierundzwanzig Stunden', 'dur:24'],
    ['half a day', 'dur:12'],
    ['quarterly', 'freq:2160'],
    ['90 days', 'dur:2160'],
    ['3 months', 'dur:2160'],
  ])('%s -> %s', (text, key) => {
    expect(keyOf(text)).toContain(key);
  });

  it.each([['a baseline'], ['one of them'], ['every server'], ['2FA']])('%s is no quantity', (text) => {
    expect(keyOf(text)).toEqual([]);
  });
});
