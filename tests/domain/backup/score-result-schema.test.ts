import { describe, expect, it } from 'vitest';
import { scoreResultSchema } from '@/domain/backup/score-result-schema';
import type { ScoreResult } from '@/domain/scoring/score-types';
import { buildScoreResult, seededRandom } from './support/records';

const valid: ScoreResult = buildScoreResult(seededRandom(9));

describe('scoreResultSchema', () => {
  it('accepts a scorer result unchanged', () => {
    expect(scoreResultSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['a score above 100', { score: 101 }],
    ['a coverage above 1', { coverage: 1.5 }],
    ['an unknown grade', { grade: 'fine' }],
    ['an unknown message code', { messages: ['answer.great'] }],
    ['an unknown evidence status', { evidence: [{ id: 'a', status: 'maybe', spans: [] }] }],
    ['a span that ends before it starts', { evidence: [{ id: 'a', status: 'covered', spans: [{ start: 5, end: 2 }] }] }],
    ['a red flag of unknown severity', { redFlags: [{ id: 'a', severity: 'grave', spans: [] }] }],
    ['an extra field', { confidence: 0.9 }],
  ])('refuses %s', (_name, change) => {
    expect(scoreResultSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
