import { describe, expect, it } from 'vitest';
import type { Locale } from '@/domain/scenario/locale';
import { scoreAgainstReference } from '../../reference-mode/reference';
import { claimAgreements, claimFlips } from '../../reference-mode/reference-claims';
import { poleFeatures, polesFor } from '../../reference-mode/reference-poles';
import { referenceText } from '../../reference-mode/reference-text';

const signs = (text: string, locale: Locale = 'en'): string[] =>
  referenceText(text, locale).poles.map((p) => `${p.dimension}${p.sign > 0 ? '+' : '-'}`);
const poles = (answer: string, model: string, locale: Locale = 'en'): Record<string, number> =>
  poleFeatures(referenceText(answer, locale), referenceText(model, locale));
const claims = (answer: string, model: string): { flips: number; agreements: number } => {
  const a = referenceText(answer, 'en').claims;
  const m = referenceText(model, 'en').claims;
  return { flips: claimFlips(a, m), agreements: claimAgreements(a, m) };
};

describe('pole words', () => {
  it.each([
    ['higher', 'height+'],
    ['lowest', 'height-'],
    ['bigger', 'size+'],
    ['heavier', 'weight+'],
    ['looser', 'tension-'],
    ['tightened', 'tension+'],
    ['disabled', 'enablement-'],
  ])('derives English forms: "%s" is %s', (word, expected) => {
    expect(
      polesFor('en')
        .get(word)
        ?.map((e) => `${e.dimension}${e.sign > 0 ? '+' : '-'}`),
    ).toContain(expected);
  });

  it.each([
    ['en', 'The pitch is higher.', ['height+']],
    ['en', 'The string is not longer.', ['length-']],
    ['en', "MFA isn't enabled for admins.", ['enablement-']],
    ['en', 'It is no longer there.', []],
    ['de', 'Die Tonhöhe ist höher.', ['height+']],
    ['de', 'Die Protokolle sind nicht verschlüsselt.', ['encryption-']],
    ['de', 'Die Freigabe erfolgt manuell.', ['automation-']],
  ] as const)('%s: "%s" sits at %j, a negation turning the pole round', (locale, text, expected) => {
    expect(signs(text, locale)).toEqual(expected);
  });
});

describe('poleFeatures', () => {
  const model = 'When the string is tighter, the pitch is higher.';

  it.each([
    ['the other end of the same dimension', 'The pitch gets lower.', 1],
    ['the same end, other words', 'A tighter string gives a higher sound.', 0],
    ['a negated opposite', 'The pitch is not lower.', 0],
  ])('flip: %s', (_case, answer, flip) => {
    expect(poles(answer, model).poleFlip).toBe(flip);
  });

  it('sees two poles paired the other way round ("shorter ... lower" for "shorter ... higher")', () => {
    const pairs =
      'If the string is shorter, the pitch will be higher. If the string is longer, the pitch will be lower.';
    expect(poles('A shorter string makes a lower pitch.', pairs).polePairFlip).toBe(1);
    expect(poles('A shorter string makes a higher pitch.', pairs).polePairFlip).toBe(0);
  });

  it('sees a pole attached to the same word at the other end ("the sun is in the east")', () => {
    const sun = 'Shadows point east because the sun is in the west.';
    expect(poles('I knew because the sun is in the east.', sun).poleAnchorFlip).toBe(1);
    expect(poles('I knew because the sun is in the west.', sun).poleAnchorFlip).toBe(0);
  });

  it('works on German text', () => {
    expect(
      poles('Die Updates werden manuell eingespielt.', 'Die Updates werden automatisch eingespielt.', 'de').poleFlip,
    ).toBe(1);
    expect(
      poles('Die Updates werden automatisiert eingespielt.', 'Die Updates werden automatisch eingespielt.', 'de')
        .poleFlip,
    ).toBe(0);
  });
});

describe('comparison claims', () => {
  const model = 'The oil is less dense than water.';

  it.each([
    ['the same claim (on oil and on water)', 'Oil is less dense than water.', 0, 2],
    ['the same claim turned round', 'Water is denser than the oil.', 0, 2],
    ['the opposite claim', 'The oil is more dense than water.', 2, 0],
    ['the entities swapped', 'Water is less dense than oil.', 2, 0],
    ['one entity, the other way', 'The oil is denser.', 1, 0],
    ['no comparison', 'Oil floats on water.', 0, 0],
  ])('%s', (_case, answer, flips, agreements) => {
    expect(claims(answer, model)).toEqual({ flips, agreements });
  });

  it('leaves "the more ..., the more ..." alone: it compares changes, not things', () => {
    expect(referenceText('The farther from the fulcrum, the less effort it takes.', 'en').claims).toEqual([]);
  });

  it('makes no claims in German, which these patterns do not cover', () => {
    expect(referenceText('Öl ist weniger dicht als Wasser.', 'de').claims).toEqual([]);
  });
});

describe('reference-answer mode with the hand-set model', () => {
  const question = 'What does the layering tell you about the oil and the water?';
  const model = ['The oil is less dense than the water.'];

  it.each([
    ['the model answer turned round', 'The water is denser than the oil.', true, false],
    ['the opposite comparison', 'The oil is denser than the water.', false, true],
    ['the entities swapped', 'The water is less dense than the oil.', false, true],
  ])('%s', (_case, answer, credited, contradiction) => {
    const score = scoreAgainstReference(answer, model, question, 'en');
    expect({ credited: score.credited, contradiction: score.contradiction }).toEqual({ credited, contradiction });
  });

  it('does not credit a setting at the other end attached to the same word', () => {
    const score = scoreAgainstReference(
      'The logs are kept inside the server room.',
      ['The logs are kept outside the server room, on a separate host.'],
      'Where are the logs kept?',
      'en',
    );
    expect(score.credited).toBe(false);
  });
});
