import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileReference, scoreReferenceCompiled, type ReferenceScore } from '../../reference-mode/reference';

const references = {
  en: compileReference(
    [
      'The oil is less dense than water, so it floats.',
      'When the string is tighter, the pitch is not lower but higher.',
    ],
    'Why does the oil float?',
    'en',
  ),
  de: compileReference(
    ['Die Updates werden automatisch und schneller eingespielt, nicht manuell.'],
    'Wie werden Updates eingespielt?',
    'de',
  ),
};

function expectWithinBounds(score: ReferenceScore): void {
  expect(score.probability).toBeGreaterThanOrEqual(0);
  expect(score.probability).toBeLessThanOrEqual(1);
  expect(score.similarity).toBeGreaterThanOrEqual(0);
  expect(score.similarity).toBeLessThanOrEqual(1);
  for (const value of Object.values(score.features)) expect(Number.isFinite(value)).toBe(true);
}

// Comparisons, poles and negations in both languages, so that every contradiction feature gets exercised.
const fragments = [
  'more',
  'less',
  'than',
  'the',
  'oil',
  'water',
  'denser',
  'dense',
  'higher',
  'lower',
  'not',
  "isn't",
  'no longer',
  'east',
  'west',
  'tighter',
  'looser',
  'pitch',
  'string',
  'mehr',
  'weniger',
  'nicht',
  'manuell',
  'automatisch',
  'schneller',
  '.',
  ',',
  '!',
];

describe('reference-answer mode on arbitrary input', () => {
  it('never throws and stays within bounds on arbitrary Unicode up to 20,000 characters', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 20_000 }),
        fc.constantFrom('en' as const, 'de' as const),
        (text, locale) => {
          expectWithinBounds(scoreReferenceCompiled(text, references[locale]));
        },
      ),
      { numRuns: 40, seed: 20_261_123 },
    );
  });

  it('never throws on long runs of comparisons and poles', () => {
    const noisy = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: 'binary', maxLength: 6 })), {
      maxLength: 3_000,
    });
    fc.assert(
      fc.property(noisy, fc.constantFrom('en' as const, 'de' as const), (parts, locale) => {
        expectWithinBounds(scoreReferenceCompiled(parts.join(' '), references[locale]));
      }),
      { numRuns: 40, seed: 11 },
    );
  });
});
