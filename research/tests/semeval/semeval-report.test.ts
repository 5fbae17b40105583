import { describe, expect, it } from 'vitest';
import { jsonReport, type Figures } from '../../semeval/semeval-report';

const figures = (macroF1: number): Figures => ({ n: 10, accuracy: 0.7, macroF1, contradictoryCredited: 0.1 });

describe('the SemEval bench report', () => {
  it('puts the headline point under "splits", keyed by corpus/split, as the issue specifies', () => {
    const results = {
      best: { 'beetle/test-unseen-answers': figures(0.8) },
      balanced: { 'beetle/test-unseen-answers': figures(0.79) },
    };
    const report = jsonReport(results, 'balanced');
    expect(report.splits['beetle/test-unseen-answers']).toEqual({
      n: 10,
      accuracy: 0.7,
      macroF1: 0.79,
      contradictoryCredited: 0.1,
    });
    expect(Object.keys(report.operatingPoints)).toEqual(['best', 'balanced']);
  });

  it('names a missing headline point instead of printing an empty report', () => {
    expect(() => jsonReport({}, 'balanced')).toThrow('no operating point named "balanced"');
  });
});
