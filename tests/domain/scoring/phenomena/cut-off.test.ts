import { describe, expect, it } from 'vitest';
import { diagnosticOf, diagnosticTexts, phenomenonStatus, scorePhenomenon } from './phenomena-fixtures';

type Row = [locale: 'en' | 'de', answer: string, tail: string];

describe('a half sentence cut off by the timer earns nothing', () => {
  const rows: Row[] = [
    [
      'en',
      'We apply the CIS benchmark. New servers come from gold images and drift sc',
      'New servers come from gold images and drift sc',
    ],
    [
      'en',
      'We apply the CIS benchmark, and new servers come from gold images and',
      'We apply the CIS benchmark, and new servers come from gold images and',
    ],
    [
      'de',
      'Wir wenden den CIS-Benchmark an. Neue Server entstehen aus Golden Images und Drift-Sc',
      'Neue Server entstehen aus Golden Images und Drift-Sc',
    ],
    [
      'de',
      'Wir wenden den CIS-Benchmark an, und neue Server entstehen aus Golden Images und',
      'Wir wenden den CIS-Benchmark an, und neue Server entstehen aus Golden Images und',
    ],
  ];
  it.each(rows)('(%s) %s', (locale, answer, tail) => {
    expect(phenomenonStatus(locale, answer, 'gold-images')).toBe('covered');
    expect(phenomenonStatus(locale, answer, 'gold-images', { cutOff: true })).toBe('missing');
    const result = scorePhenomenon(locale, answer, { cutOff: true });
    expect(diagnosticTexts(answer, result, 'cutOff')).toEqual([tail]);
  });

  it.each([
    ['en', 'We apply the CIS benchmark. New servers come from gold images.'],
    ['de', 'Wir wenden den CIS-Benchmark an. Neue Server entstehen aus Golden Images!'],
  ] as const)('(%s) an answer that ended its sentence keeps its credit: %s', (locale, answer) => {
    expect(phenomenonStatus(locale, answer, 'gold-images', { cutOff: true })).toBe('covered');
    expect(diagnosticOf(scorePhenomenon(locale, answer, { cutOff: true }), 'cutOff')).toBeUndefined();
  });

  it.each([
    ['en', 'We apply the CIS benchmark. New servers come from gold images'],
    ['de', 'Wir wenden den CIS-Benchmark an. Neue Server entstehen aus Golden Images'],
  ] as const)('(%s) without the option the last sentence counts: %s', (locale, answer) => {
    expect(phenomenonStatus(locale, answer, 'cis', { cutOff: true })).toBe('covered');
    expect(phenomenonStatus(locale, answer, 'gold-images')).toBe('covered');
  });
});
