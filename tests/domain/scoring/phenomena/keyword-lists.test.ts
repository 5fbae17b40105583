import { describe, expect, it } from 'vitest';
import { earnsCredit } from '@/domain/scoring';
import { diagnosticOf, diagnosticTexts, phenomenonStatus, scorePhenomenon } from './phenomena-fixtures';

type Locale = 'en' | 'de';

describe('a bare keyword list credits nothing', () => {
  const rows: [Locale, string][] = [
    ['en', 'CIS benchmark, hardening guide, approved by CISO, gold images, drift scans'],
    ['en', 'CIS benchmark; gold images; drift scans.'],
    ['en', '- CIS benchmark\n- gold images\n- drift scans'],
    ['en', 'CIS benchmark gold images drift scans'],
    ['en', 'CIS benchmark, CIS benchmark, CIS benchmark, gold images, gold images, drift scans, drift scans'],
    ['de', 'CIS-Benchmark, Härtungsleitfaden, vom CISO freigegeben, Golden Images, Drift-Scans'],
    ['de', '- CIS-Benchmark\n- Golden Images\n- Drift-Scans'],
    ['de', 'CIS-Benchmark Golden Images Drift-Scans'],
  ];
  it.each(rows)('(%s) %j', (locale, answer) => {
    const result = scorePhenomenon(locale, answer);
    expect(result.evidence.filter((e) => earnsCredit(e.status))).toEqual([]);
    expect(result.score).toBe(0);
    expect(result.keywordList).toBe(true);
    expect(result.messages).toContain('answer.keyword-list');
    expect(diagnosticOf(result, 'keywordList')?.items).toEqual(expect.arrayContaining(['cis', 'gold-images']));
    expect(diagnosticTexts(answer, result, 'keywordList').join(' ')).toContain(locale === 'de' ? 'Golden' : 'gold');
  });
});

describe('a list clause beside a real statement credits nothing itself', () => {
  const rows: [Locale, string][] = [
    ['en', 'We harden every server with care; CIS benchmark, gold images, drift scans.'],
    ['de', 'Wir härten jeden Server sorgfältig; CIS-Benchmark, Golden Images, Drift-Scans.'],
  ];
  it.each(rows)('(%s) %s', (locale, answer) => {
    const result = scorePhenomenon(locale, answer);
    expect(phenomenonStatus(locale, answer, 'cis')).toBe('missing');
    expect(phenomenonStatus(locale, answer, 'gold-images')).toBe('missing');
    expect(diagnosticOf(result, 'keywordList')?.items).toContain('cis');
  });
});

describe('a real sentence with a list inside it still credits', () => {
  const rows: [Locale, string][] = [
    ['en', 'We apply the CIS benchmark, scan for drift weekly and rebuild from gold images.'],
    ['en', 'Our team applies the CIS benchmark, and we rebuild from gold images and run drift scans.'],
    ['de', 'Wir wenden den CIS-Benchmark an, prüfen wöchentlich auf Drift und bauen aus Golden Images neu.'],
    ['de', 'Wir nutzen den CIS-Benchmark, Golden Images und Drift-Scans.'],
  ];
  it.each(rows)('(%s) %s', (locale, answer) => {
    const result = scorePhenomenon(locale, answer);
    for (const id of ['cis', 'gold-images', 'drift'])
      expect([id, phenomenonStatus(locale, answer, id)]).toEqual([id, 'covered']);
    expect(result.keywordList).toBe(false);
    expect(diagnosticOf(result, 'keywordList')).toBeUndefined();
  });
});
