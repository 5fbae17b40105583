import { describe, expect, it } from 'vitest';
import { score, spanTexts } from './scoring-fixtures';

describe('spans point at the learner’s own words: the matched phrase from its first word to its last, and the cue', () => {
  it.each([
    ['en', 'We enforce 2FA for all admins.', 'mfa', ['2FA for all admins']],
    [
      'en',
      'Critical patches go out within a fortnight.',
      'patch-window',
      ['Critical patches go out within a fortnight'],
    ],
    ['en', "We don't use MFA for administrators.", 'mfa', ["don't", 'MFA for administrators']],
    ['en', 'We plan to add MFA for administrators.', 'mfa', ['We plan', 'MFA for administrators']],
    ['en', 'I think administrators use MFA.', 'mfa', ['I think', 'administrators use MFA']],
    ['en', 'Our hardenign baseline is documented.', 'baseline', ['hardenign baseline is documented']],
    ['de', 'Einmal im Monat machen wir einen Wiederherstellungstest.', 'restore-tests', ['Wiederherstellungstest']],
    [
      'de',
      'Kritische Patches spielen wir in zwei Wochen ein.',
      'patch-window',
      ['Kritische Patches spielen wir in zwei Wochen'],
    ],
    ['de', 'MFA für Administratoren gibt es nicht.', 'mfa', ['MFA für Administratoren', 'nicht']],
  ] as const)('(%s) %s', (locale, answer, id, words) => {
    expect(spanTexts(answer, score(locale, answer), id)).toEqual(words);
  });

  it.each([
    ['emoji before the words', '🔐🔐 Admins use MFA.'],
    ['combining accents before the words', 'Cafe\u0301 admins use MFA.'],
    ['CJK text around the words', '管理者 admins use MFA 認証'],
    ['decomposed umlauts in German', 'Administratoren nutzen MFA fu\u0308r alles.'],
  ])('stays on the words with %s', (_case, answer) => {
    const locale = answer.includes('nutzen') ? 'de' : 'en';
    const result = score(locale, answer);
    const texts = spanTexts(answer, result, 'mfa');
    expect(texts.some((t) => /\bmfa\b/i.test(t))).toBe(true);
    for (const e of result.evidence) {
      for (const span of e.spans) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(answer.length);
        // A span never cuts a surrogate pair in half.
        expect(/^[\uDC00-\uDFFF]/.test(answer.slice(span.start))).toBe(false);
      }
    }
  });

  it('sorts and merges the spans of an item', () => {
    const answer = 'For our administrators we enforce MFA; I think everyone has it.';
    const spans = score('en', answer).evidence.find((e) => e.id === 'mfa')?.spans ?? [];
    expect(spans.length).toBeGreaterThan(0);
    spans.forEach((span, i) => {
      expect(span.end).toBeGreaterThan(span.start);
      if (i > 0) expect(span.start).toBeGreaterThan(spans[i - 1]?.end ?? -1);
    });
  });
});
