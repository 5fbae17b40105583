import { describe, expect, it } from 'vitest';
import { scoreResultSchema } from '@/domain/records/score-result-schema';
import { loadScenario, scoringInputFor } from '@/domain/scenario';
import { scoreAnswer } from '@/domain/scoring';
import type { ScoreResult } from '@/domain/scoring/score-types';
import { buildScoreResult, seededRandom } from './support/records';

const valid: ScoreResult = buildScoreResult(seededRandom(9));

describe('scoreResultSchema', () => {
  it('accepts a scorer result unchanged', () => {
    expect(scoreResultSchema.parse(valid)).toEqual(valid);
  });

  it('accepts a result with diagnostics, and one stored before they existed', () => {
    const diagnostics = [{ kind: 'ended' as const, spans: [{ start: 3, end: 10 }], items: ['weekly-scans'] }];
    expect(scoreResultSchema.parse({ ...valid, diagnostics })).toEqual({ ...valid, diagnostics });
    const { diagnostics: _absent, ...older } = valid;
    expect(scoreResultSchema.safeParse(older).success).toBe(true);
  });

  it.each([
    ['a score above 100', { score: 101 }],
    ['a coverage above 1', { coverage: 1.5 }],
    ['an unknown grade', { grade: 'fine' }],
    ['an unknown message code', { messages: ['answer.great'] }],
    ['an unknown evidence status', { evidence: [{ id: 'a', status: 'maybe', spans: [] }] }],
    [
      'a span that ends before it starts',
      { evidence: [{ id: 'a', status: 'covered', spans: [{ start: 5, end: 2 }] }] },
    ],
    ['a red flag of unknown severity', { redFlags: [{ id: 'a', severity: 'grave', spans: [] }] }],
    ['an extra field', { confidence: 0.9 }],
    ['an unknown diagnostic kind', { diagnostics: [{ kind: 'rambling', spans: [], items: [] }] }],
    ['a diagnostic without items', { diagnostics: [{ kind: 'keywordList', spans: [] }] }],
  ])('refuses %s', (_name, change) => {
    expect(scoreResultSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('scoreResultSchema against the real scorer', () => {
  const files = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default', eager: true });
  const scenarios = Object.entries(files).map(([file, text]) => {
    const loaded = loadScenario(text, file);
    if (!loaded.ok) throw new Error(`${file} does not load`);
    return loaded.scenario;
  });

  it('accepts every result the scorer gives for the shipped scenarios, so stored answers always back up', () => {
    let checked = 0;
    for (const scenario of scenarios) {
      for (const question of scenario.questions) {
        const answers = [
          ...question.samples.map((s) => [s.text, s.locale] as const),
          ['', 'en'] as const,
          ['word '.repeat(4_000), 'de'] as const,
        ];
        for (const [text, locale] of answers) {
          const result = scoreAnswer(text, scoringInputFor(scenario, question, locale));
          const parsed = scoreResultSchema.safeParse(result);
          expect(parsed.success, `${scenario.id}/${question.id}: ${parsed.error?.message ?? ''}`).toBe(true);
          checked += 1;
        }
      }
    }
    expect(scenarios.length).toBeGreaterThanOrEqual(8);
    expect(checked).toBeGreaterThan(100);
  }, 60_000);
});
