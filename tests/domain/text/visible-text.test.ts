import { describe, expect, it } from 'vitest';
import { isBlankText } from '@/domain/text/visible-text';

describe('isBlankText', () => {
  it.each([
    ['empty', ''],
    ['spaces, tabs and line breaks', ' \t\n\r '],
    ['no-break and ideographic spaces', '\u00a0\u3000\u2003'],
    ['zero-width space (ZWSP)', '\u200b'],
    ['zero-width non-joiner (ZWNJ)', '\u200c'],
    ['zero-width joiner (ZWJ)', '\u200d'],
    ['word joiner', '\u2060'],
    ['byte-order mark (BOM)', '\ufeff'],
    ['left-to-right and right-to-left marks (LRM, RLM)', '\u200e\u200f'],
    ['Arabic letter mark', '\u061c'],
    ['embeddings and their end (LRE, RLE, PDF)', '\u202a\u202b\u202c'],
    ['overrides (LRO, RLO)', '\u202d\u202e'],
    ['isolates and their end (LRI, RLI, FSI, PDI)', '\u2066\u2067\u2068\u2069'],
    ['soft hyphen', '\u00ad'],
    ['Hangul filler', '\u3164'],
    [
      'all of them mixed with spaces',
      ' \u200b \u200c\u200d\ufeff \u200e\u200f\u202a\u202b\u202c\u202d\u202e \u2066\u2067\u2068\u2069\n',
    ],
    ['many zero-width spaces', '\u200b'.repeat(5000)],
  ])('%s counts as empty', (_, text) => {
    expect(isBlankText(text)).toBe(true);
  });

  it.each([
    ['a word', 'patch'],
    ['a word inside spaces', '  patch  '],
    ['a word inside bidi controls', '\u202epatch\u202c'],
    ['a word after zero-width characters', '\u200b\u200d\ufeffyes'],
    ['a single digit', '7'],
    ['punctuation', '?'],
    ['an emoji', '\u{1f44d}'],
    ['a Hebrew word', '\u05db\u05df'],
  ])('%s is not empty', (_, text) => {
    expect(isBlankText(text)).toBe(false);
  });
});
