import { describe, expect, it } from 'vitest';
import { scoringInputFor } from '@/domain/scenario/question-scorer';
import { runSamples } from '@/domain/scenario/run-samples';
import type { EvidenceStatus, ScoreFunction } from '@/domain/scoring/score-types';
import { evidenceFromStatuses, scoreResult } from '../../support/score-result-builder';
import { blindScorer, minimalScenario, obedientScorer } from './scenario-test-helpers';

function fixed(
  statuses: Record<string, EvidenceStatus>,
  redFlags: string[],
  grade: 'conformity' | 'ofi' | 'major-nc',
): ScoreFunction {
  return () =>
    scoreResult({
      score: 77,
      grade,
      evidence: evidenceFromStatuses(statuses),
      redFlags: redFlags.map((id) => ({ id, severity: 'minor', spans: [] })),
    });
}

describe('runSamples', () => {
  const scenario = minimalScenario();

  it('passes every sample when the scorer gives what the samples expect', () => {
    const outcomes = runSamples(scenario, obedientScorer([scenario]));
    expect(outcomes).toHaveLength(5);
    expect(outcomes.every((o) => o.passed)).toBe(true);
    expect(outcomes.map((o) => [o.question, o.index, o.locale])).toEqual([
      ['backup-schedule', 0, 'en'],
      ['backup-schedule', 1, 'en'],
      ['backup-schedule', 2, 'de'],
      ['restore-test', 0, 'en'],
      ['restore-test', 1, 'en'],
    ]);
  });

  it.each<[string, ScoreFunction, Record<string, unknown>]>([
    [
      'partial counts as covered and order does not matter',
      fixed({ 'job-monitoring': 'partial', 'backup-policy': 'covered' }, [], 'conformity'),
      { passed: true },
    ],
    [
      'negated and planned do not count',
      fixed({ 'backup-policy': 'negated', 'job-monitoring': 'planned' }, [], 'conformity'),
      { passed: false, missingEvidence: ['backup-policy', 'job-monitoring'] },
    ],
    [
      'an extra red flag',
      fixed({ 'backup-policy': 'covered', 'job-monitoring': 'covered' }, ['nobody-checks'], 'conformity'),
      { passed: false, unexpectedRedFlags: ['nobody-checks'] },
    ],
    [
      'a different grade',
      fixed({ 'backup-policy': 'covered', 'job-monitoring': 'covered' }, [], 'ofi'),
      {
        passed: false,
        actual: { covered: ['backup-policy', 'job-monitoring'], redFlags: [], grade: 'ofi', score: 77 },
      },
    ],
  ])('compares the first sample: %s', (_name, score, expected) => {
    const [first] = runSamples(scenario, score);
    expect(first).toMatchObject(expected);
  });

  it('reports what is missing and what is unexpected', () => {
    const outcome = runSamples(scenario, blindScorer)[1];
    expect(outcome).toMatchObject({
      passed: false,
      missingRedFlags: ['nobody-checks'],
      unexpectedEvidence: [],
      missingEvidence: [],
    });
    expect(runSamples(scenario, blindScorer)[0]).toMatchObject({
      missingEvidence: ['backup-policy', 'job-monitoring'],
      expected: { grade: 'conformity' },
      actual: { grade: 'major-nc' },
    });
  });

  it.each<[string, string, boolean, string]>([
    ['the probe the follow-up rules choose', 'show-report', true, 'show-report'],
    ['another probe', 'none', false, 'show-report'],
  ])('checks the expected next probe: %s', (_name, probe, passed, actual) => {
    const withProbe = minimalScenario();
    withProbe.questions[0]!.samples[1]!.expect.probe = probe;
    const outcome = runSamples(withProbe, obedientScorer([withProbe]))[1];
    expect(outcome).toMatchObject({ passed, expected: { probe }, actual: { probe: actual } });
  });

  it('fails a sample whose expected grade breaks the grading rule, whatever the scorer gives', () => {
    const broken = minimalScenario();
    broken.questions[1]!.samples[0]!.expect.redFlags = ['never-tested'];
    const outcome = runSamples(broken, () => scoreResult({ grade: broken.questions[1]!.samples[0]!.expect.grade }))[3];
    expect(outcome).toMatchObject({ passed: false, ruleAllows: { best: 'major-nc', worst: 'major-nc' } });
  });

  it('turns a scorer failure into a failed sample, not an exception', () => {
    const outcomes = runSamples(scenario, () => {
      throw new Error('scorer broke');
    });
    expect(outcomes.every((o) => !o.passed && o.actual === null && o.error === 'scorer broke')).toBe(true);
  });

  it('gives the scorer the question, thresholds and the sample language', () => {
    const seen: unknown[] = [];
    runSamples(scenario, (answer, input) => {
      seen.push([
        answer.slice(0, 12),
        input.locale,
        input.prompt?.slice(0, 10),
        input.evidence.length,
        input.grading.conformity,
      ]);
      return scoreResult();
    });
    expect(seen[2]).toEqual(['Unsere Siche', 'de', 'Wie sind d', 2, 80]);
    expect(scoringInputFor(scenario, scenario.questions[1]!, 'en').redFlags.map((r) => r.id)).toEqual(['never-tested']);
  });
});
