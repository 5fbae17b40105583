import { describe, expect, it } from 'vitest';
import { topFixes } from '@/domain/interview/report-fixes';
import type { Finding, InterviewReport } from '@/domain/interview/report-types';

function finding(questionId: string, over: Partial<Finding> = {}): Finding {
  return {
    questionId,
    status: 'answered',
    grade: 'conformity',
    score: 100,
    caps: [],
    weight: 3,
    controls: ['A.8.13'],
    given: [],
    missing: [],
    redFlags: [],
    recommendations: [],
    modelAnswer: '',
    attempts: 1,
    probesAnswered: 0,
    ...over,
  };
}

function report(findings: Finding[]): InterviewReport {
  return {
    scenarioId: 's',
    scenarioVersion: '1.0.0',
    locale: 'en',
    score: 50,
    grade: 'minor-nc',
    answeredQuestions: findings.length,
    unansweredQuestions: [],
    outcome: 'completed',
    totalQuestions: findings.length,
    findings,
    change: null,
  };
}

const missing = (evidenceId: string, essential: boolean) =>
  ({ evidenceId, label: evidenceId, status: 'missing', essential }) as const;
const flag = (redFlagId: string, severity: 'minor' | 'major') =>
  ({ redFlagId, label: redFlagId, severity, quote: null }) as const;
const noWeights = new Map<string, number>();
const pick = (fixes: ReturnType<typeof topFixes>) => fixes.map((f) => `${f.kind}:${f.questionId}/${f.itemId}`);

describe('topFixes', () => {
  it('ranks a major red flag, then an essential gap, then an unanswered question, then a minor flag', () => {
    const fixes = topFixes(
      report([
        finding('q1', { grade: 'observation', redFlags: [flag('shared-password', 'minor')] }),
        finding('q2', { status: 'not-answered', grade: 'minor-nc' }),
        finding('q3', { grade: 'minor-nc', missing: [missing('policy', true)] }),
        finding('q4', { grade: 'major-nc', redFlags: [flag('no-backups', 'major')] }),
      ]),
      noWeights,
    );
    expect(pick(fixes)).toEqual(['major-red-flag:q4/no-backups', 'essential-missing:q3/policy', 'unanswered:q2/null']);
  });

  it('spreads over questions first, then fills from the same question', () => {
    const q1 = finding('q1', { grade: 'minor-nc', missing: [missing('a', true), missing('b', true)] });
    const q2 = finding('q2', { grade: 'ofi', missing: [missing('c', false)] });
    expect(pick(topFixes(report([q1, q2]), noWeights))).toEqual([
      'essential-missing:q1/a',
      'essential-missing:q1/b',
      'missing:q2/c',
    ]);
    expect(pick(topFixes(report([q1, q2]), noWeights, 2))).toEqual(['essential-missing:q1/a', 'missing:q2/c']);
  });

  it('prefers the heavier item among equals and carries the recommendation and controls', () => {
    const q1 = finding('q1', {
      grade: 'ofi',
      controls: ['A.5.15'],
      missing: [missing('light', false), missing('heavy', false)],
      recommendations: [{ for: 'heavy', text: 'Name the review cycle.' }],
    });
    const [first] = topFixes(report([q1]), new Map([['q1/heavy', 3]]), 1);
    expect(first).toMatchObject({ itemId: 'heavy', controls: ['A.5.15'], recommendation: 'Name the review cycle.' });
  });

  it('gives nothing to fix for a clean interview', () => {
    expect(topFixes(report([finding('q1'), finding('q2')]), noWeights)).toEqual([]);
  });
});
