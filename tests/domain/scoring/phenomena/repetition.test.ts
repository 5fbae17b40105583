import { describe, expect, it } from 'vitest';
import { diagnosticOf, scorePhenomenon } from './phenomena-fixtures';

type Locale = 'en' | 'de';

const paragraphs: Record<Locale, string> = {
  en: 'We apply the CIS benchmark to every server. New servers are built from gold images. Drift scans run every night and I think the board reviews the baseline.',
  de: 'Wir wenden den CIS-Benchmark auf jeden Server an. Neue Server entstehen aus Golden Images. Drift-Scans laufen jede Nacht und ich glaube, der Architekturrat prüft die Baseline.',
};

const summary = (locale: Locale, answer: string) => {
  const result = scorePhenomenon(locale, answer);
  return {
    score: result.score,
    grade: result.grade,
    statuses: result.evidence.map((e) => e.status),
    flags: result.redFlags,
  };
};

describe('repetition never raises a score', () => {
  it.each(['en', 'de'] as const)('(%s) a paragraph repeated to 5,000 words scores what one copy scores', (locale) => {
    const once = paragraphs[locale];
    const repeated = Array.from({ length: 200 }, () => once).join(' ');
    expect(repeated.split(' ').length).toBeGreaterThan(5000);
    expect(summary(locale, repeated)).toEqual(summary(locale, once));
    expect(diagnosticOf(scorePhenomenon(locale, repeated), 'repetitive')).toBeDefined();
    expect(diagnosticOf(scorePhenomenon(locale, once), 'repetitive')).toBeUndefined();
  });

  const phrases: [Locale, string, string][] = [
    ['en', 'We apply the CIS benchmark.', 'We apply the CIS benchmark, the CIS benchmark'],
    ['de', 'Wir wenden den CIS-Benchmark an.', 'Wir wenden den CIS-Benchmark an, den CIS-Benchmark'],
  ];
  it.each(phrases)('(%s) an evidence phrase said 20 times adds nothing', (locale, once, stuffedStart) => {
    const stuffed = `${stuffedStart}${', CIS benchmark'.repeat(18)}.`;
    expect(summary(locale, stuffed)).toEqual(summary(locale, once));
  });

  it.each(['en', 'de'] as const)('(%s) one sentence said five times is repetitive', (locale) => {
    const sentence = locale === 'en' ? 'We apply the CIS benchmark.' : 'Wir wenden den CIS-Benchmark an.';
    const result = scorePhenomenon(locale, Array.from({ length: 5 }, () => sentence).join(' '));
    expect(result.score).toBe(scorePhenomenon(locale, sentence).score);
    expect(diagnosticOf(result, 'repetitive')?.spans.length).toBeGreaterThan(0);
  });
});
