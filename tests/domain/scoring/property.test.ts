import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grades } from '@/domain/scenario/scenario-schema';
import { compileScoring, scoreCompiled } from '@/domain/scoring/score-answer';
import { evidenceStatuses, messageCodes, type ScoreResult } from '@/domain/scoring/score-types';
import { inputFor } from './scoring-fixtures';

const compiled = { en: compileScoring(inputFor('en')), de: compileScoring(inputFor('de')) };

function expectWithinBounds(result: ScoreResult, text: string): void {
  expect(Number.isInteger(result.score)).toBe(true);
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(100);
  expect(result.coverage).toBeGreaterThanOrEqual(0);
  expect(result.coverage).toBeLessThanOrEqual(1);
  expect(grades).toContain(result.grade);
  for (const code of result.messages) expect(messageCodes).toContain(code);
  for (const e of result.evidence) expect(evidenceStatuses).toContain(e.status);
  for (const span of [...result.evidence, ...result.redFlags].flatMap((e) => e.spans)) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
  }
}

// Realistic pieces in both languages, glued in any order with arbitrary noise between them.
const fragments = [
  'We test restores every month',
  "we don't",
  'never',
  'no longer',
  'without',
  'MFA',
  '2FA',
  'for admins',
  'two weeks',
  'a fortnight',
  '14-day',
  'I think',
  'usually',
  'we plan to',
  'next year we will',
  'should',
  'best practice',
  'CMDB,',
  'Wiederherstellungstest',
  'nicht',
  'kein',
  'nie',
  'geplant',
  'wir wollen',
  'zwei Wochen',
  '14 Tage',
  'meistens',
  'Zwei-Faktor-Authentifizierung',
  'ohne Ausnahme',
  'not only',
  'hardenign baseline',
  '.',
  ',',
  ';',
  ' - ',
  '\n- ',
];

describe('the scorer on arbitrary input', () => {
  it('never throws and stays within bounds on arbitrary Unicode up to 20,000 characters', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 20_000 }),
        fc.constantFrom('en' as const, 'de' as const),
        (text, locale) => {
          expectWithinBounds(scoreCompiled(text, compiled[locale]), text);
        },
      ),
      { numRuns: 60, seed: 20_240_601 },
    );
  });

  it('copes with long inputs near the 20,000-character limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 15_000, maxLength: 20_000 }), (text) => {
        expectWithinBounds(scoreCompiled(text, compiled.de), text);
      }),
      { numRuns: 8, seed: 99 },
    );
  });

  it('never throws and stays within bounds on mixed realistic fragments', () => {
    const noisy = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: 'binary', maxLength: 12 })), {
      maxLength: 400,
    });
    fc.assert(
      fc.property(
        noisy,
        fc.constantFrom('en' as const, 'de' as const),
        fc.constantFrom(' ', '', '  '),
        (parts, locale, glue) => {
          const text = parts.join(glue);
          expectWithinBounds(scoreCompiled(text, compiled[locale]), text);
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  it('is deterministic: the same answer always scores the same', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        expect(scoreCompiled(text, compiled.en)).toEqual(scoreCompiled(text, compileScoring(inputFor('en'))));
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
