import { describe, expect, it } from 'vitest';
import { contentKeys } from '@/domain/scoring/suggest/evidence-suggestions';
import { scoreAgainstReference, type ReferenceModel } from '../../reference-mode/reference';
import { fitVetoModel } from '../../reference-mode/reference-fit';
import { modelCreditsAnswer } from '../../reference-mode/reference-model';
import { roleFeatures } from '../../reference-mode/reference-roles';
import { referenceText } from '../../reference-mode/reference-text';

const roles = (answer: string, model: string, question: string): Record<string, number> =>
  roleFeatures(referenceText(answer, 'en'), referenceText(model, 'en'), new Set(contentKeys(question, 'en')), 'en');

describe('roleFeatures', () => {
  const question = 'Which one sticks to the magnet, the aluminum can or the iron nail?';

  it.each([
    ['the other alternative of the question', 'The aluminum can sticks to the magnet.', 1],
    ['the same alternative, reworded', 'The nail made of iron sticks to the magnet.', 0],
  ])('question swap: %s', (_case, answer, swap) => {
    expect(roles(answer, 'The iron nail sticks to the magnet.', question).questionSwap).toBe(swap);
  });

  it("sees an entity paired with the model answer's verb in place of the model answer's entity", () => {
    expect(
      roles('Aluminum sticks to the magnet.', 'Iron sticks to the magnet.', question).roleMismatch,
    ).toBeGreaterThan(0);
    expect(roles('Iron sticks to the magnet.', 'Iron sticks to the magnet.', question).roleMismatch).toBe(0);
  });

  it.each([
    ['the entities swapped', 'Cup B is heavier than cup A.', 1],
    ['the opposite comparison', 'Cup A is lighter than cup B.', 1],
    ['the same comparison turned round', 'Cup B is lighter than cup A.', 0],
    ['the same comparison', 'Cup A is heavier than cup B.', 0],
  ])('comparison: %s', (_case, answer, flip) => {
    expect(Math.sign(roles(answer, 'Cup A is heavier than cup B.', 'Which cup is heavier?').comparativeFlip ?? 0)).toBe(
      flip,
    );
  });

  it.each([
    ['names another choice', 'Nathaniel, because his blocks sound alike.', 1],
    ['names the same choice', "Sammy's, because different materials sound different.", 0],
  ])('short opening choice: the answer %s', (_case, answer, missing) => {
    const model = "Sammy's. Different materials would make very different sounds.";
    expect(roles(answer, model, "Whose method is better, Sammy's or Nathaniel's?").leadMissing).toBe(missing);
  });

  it('sees a polar word traded for another', () => {
    expect(
      roles('The pitch will be low.', 'The pitch will be higher.', 'How does the pitch change?').contrastSwap,
    ).toBe(1);
    expect(
      roles('The pitch will be high.', 'The pitch will be higher.', 'How does the pitch change?').contrastSwap,
    ).toBe(0);
  });
});

describe('second stage', () => {
  const veto = fitVetoModel([
    ...Array.from({ length: 10 }, () => ({ features: { antonyms: 1 }, contradictory: true })),
    ...Array.from({ length: 10 }, () => ({ features: { antonyms: 0 }, contradictory: false })),
  ]);

  it('vetoes credit when a contradiction is likely', () => {
    const model: ReferenceModel = { bias: 5, weights: {}, threshold: 0.5, veto };
    expect(modelCreditsAnswer({ antonyms: 0 }, model)).toBe(true);
    expect(modelCreditsAnswer({ antonyms: 1 }, model)).toBe(false);
    expect(modelCreditsAnswer({ antonyms: 1 }, { ...model, veto: undefined })).toBe(true);
  });

  it('reports the veto as a contradiction', () => {
    const model: ReferenceModel = {
      bias: 5,
      weights: {},
      threshold: 0.5,
      veto: { bias: 5, weights: {}, threshold: 0.5 },
    };
    const scored = scoreAgainstReference(
      'Iron sticks to the magnet.',
      ['Iron sticks to the magnet.'],
      'Which one sticks?',
      'en',
      { model },
    );
    expect(scored).toMatchObject({ credited: false, contradiction: true });
  });
});
