import { describe, expect, it } from 'vitest';
import { scoreAgainstReference } from '../../reference-mode/reference';
import { fitReferenceModel, macroF1, tuneThreshold } from '../../reference-mode/reference-fit';
import { creditProbability } from '../../reference-mode/reference-model';

describe('scoreAgainstReference', () => {
  const prompt = 'How do you know that backups can be restored?';
  const models = ['Every quarter we restore a full backup to a test server and record the result in a ticket.'];

  it.each([
    [
      'a paraphrase with the key concepts',
      'Each quarter a full restore goes to a test server and the result is recorded in a ticket.',
      true,
    ],
    ['an answer that misses them', 'We have backups and they are fine.', false],
    ['an off-topic answer', 'The canteen serves pizza on Fridays.', false],
  ])('%s', (_case, answer, credited) => {
    expect(scoreAgainstReference(answer, models, prompt, 'en').credited).toBe(credited);
  });

  it('catches a contradiction and does not credit it', () => {
    const scored = scoreAgainstReference(
      'Terminal 1 is connected to the positive terminal.',
      ['Terminal 1 is not connected to the positive terminal.'],
      'Why is the reading 1.5 volts?',
      'en',
    );
    expect(scored.contradiction).toBe(true);
    expect(scored.credited).toBe(false);
  });

  it('lets the best of several model answers decide and explains with spans', () => {
    const answer = 'There is a gap between them.';
    const scored = scoreAgainstReference(
      answer,
      ['The terminals are not connected.', 'There is a gap between the terminals.'],
      'What does the reading tell you?',
      'en',
    );
    expect(scored.reference).toBe(1);
    expect(scored.credited).toBe(true);
    const gap = scored.result.evidence.find((e) => e.id === 'gap');
    expect(gap?.status).toBe('covered');
    expect(gap?.spans.map((s) => answer.slice(s.start, s.end))).toEqual(['gap']);
  });

  it('credits a German paraphrase', () => {
    const scored = scoreAgainstReference(
      'Wir schreiben jeden Tag Sicherungen auf Band.',
      ['Die Sicherungen werden täglich auf Band geschrieben.'],
      'Wie sichern Sie Daten?',
      'de',
    );
    expect(scored.credited).toBe(true);
  });
});

describe('fitting the credit model', () => {
  const samples = Array.from({ length: 40 }, (_, i) => ({
    features: { recall: i / 40, precision: 0.5 },
    correct: i >= 20,
  }));

  it('learns that recall separates correct from incorrect answers', () => {
    const model = fitReferenceModel(samples);
    expect(model.weights.recall ?? 0).toBeGreaterThan(0);
    expect(creditProbability({ recall: 0.9, precision: 0.5 }, model)).toBeGreaterThan(0.5);
    expect(creditProbability({ recall: 0.1, precision: 0.5 }, model)).toBeLessThan(0.5);
  });

  it('is deterministic', () => {
    expect(fitReferenceModel(samples)).toEqual(fitReferenceModel(samples));
  });

  it('tunes the threshold for macro-F1, within what the caller accepts', () => {
    const probabilities = [0.1, 0.2, 0.3, 0.6, 0.7, 0.8];
    const correct = [false, false, false, true, true, true];
    expect(
      macroF1(
        probabilities.map((p) => p >= tuneThreshold(probabilities, correct)),
        correct,
      ),
    ).toBe(1);
    expect(tuneThreshold(probabilities, correct, (t) => t >= 0.75)).toBe(0.75);
    expect(macroF1([true, false], [true, true])).toBeCloseTo((2 / 3 + 0) / 2);
  });
});
