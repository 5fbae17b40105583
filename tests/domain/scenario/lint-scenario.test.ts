import { describe, expect, it } from 'vitest';
import { lintCodes, lintScenario } from '@/domain/scenario/lint-scenario';
import type { Question, Scenario } from '@/domain/scenario/scenario-schema';
import { jsonCopy } from '@/lib/json-copy';
import { minimalScenario } from './scenario-test-helpers';

type Mutation = (s: Scenario) => void;

function question(s: Scenario, index: number): Question {
  const found = s.questions[index];
  if (!found) throw new Error(`no question ${index}`);
  return found;
}

function extraQuestion(id: string): Question {
  const copy = jsonCopy(question(minimalScenario(), 1));
  return {
    ...copy,
    id,
    probes: copy.probes.map((p) => ({ ...p, id: `${id}-probe` })),
    followUps: [{ if: { missingEssential: true }, ask: `${id}-probe` }],
  };
}

describe('lintScenario', () => {
  it('finds nothing in the minimal scenario', () => {
    expect(lintScenario(minimalScenario())).toEqual([]);
  });

  it.each<[string, Mutation, string, (string | number)[], string[]?]>([
    [
      'next back to the first question',
      (s) => {
        question(s, 1).next = 'backup-schedule';
      },
      'dead-end',
      ['questions', 1, 'next'],
    ],
    [
      'next to itself',
      (s) => {
        question(s, 1).next = 'restore-test';
      },
      'dead-end',
      ['questions', 1, 'next'],
    ],
    [
      'follow-up back to an earlier question',
      (s) => {
        question(s, 1).followUps.push({ if: { vague: true }, ask: 'backup-schedule' });
      },
      'follow-up-loop',
      ['questions', 1, 'followUps', 1, 'ask'],
    ],
    [
      'question skipped by next',
      (s) => {
        question(s, 0).next = 'end';
      },
      'unreachable-question',
      ['questions', 1, 'id'],
    ],
    [
      'missingEssential without essential evidence',
      (s) => {
        question(s, 1).evidence[0]!.essential = false;
      },
      'rule-never-fires',
      ['questions', 1, 'followUps', 0, 'if'],
      ['probe-never-asked', 'evidence-never-asked'],
    ],
    [
      'redFlag test without red flags',
      (s) => {
        question(s, 0).redFlags = [];
        question(s, 0).samples.splice(1, 1);
        question(s, 0).followUps[0]!.if = { redFlag: 'any', missing: ['backup-policy', 'job-monitoring'] };
      },
      'rule-never-fires',
      ['questions', 0, 'followUps', 0, 'if'],
      ['probe-never-asked', 'evidence-never-asked', 'evidence-never-asked'],
    ],
    [
      'probe no rule asks',
      (s) => {
        question(s, 0).followUps = [{ if: { missing: ['backup-policy', 'job-monitoring'] }, ask: 'restore-test' }];
      },
      'probe-never-asked',
      ['questions', 0, 'probes', 0, 'id'],
    ],
    [
      'evidence no rule asks for',
      (s) => {
        question(s, 0).followUps[0]!.if = { missing: ['backup-policy'] };
        question(s, 0).probes[0]!.focus = ['backup-policy'];
      },
      'evidence-never-asked',
      ['questions', 0, 'evidence', 1, 'id'],
    ],
    [
      'a missing German prompt',
      (s) => {
        delete question(s, 1).prompt.de;
      },
      'missing-translation',
      ['questions', 1, 'prompt'],
    ],
    [
      'missing German phrases',
      (s) => {
        delete question(s, 1).evidence[0]!.phrases.de;
      },
      'missing-translation',
      ['questions', 1, 'evidence', 0, 'phrases'],
    ],
    [
      'a question without samples',
      (s) => {
        question(s, 1).samples = [];
      },
      'no-samples',
      ['questions', 1, 'id'],
    ],
    [
      'a grade the covered set cannot reach',
      (s) => {
        question(s, 1).samples[0]!.expect.covered = [];
      },
      'sample-inconsistent',
      ['questions', 1, 'samples', 0, 'expect', 'grade'],
    ],
    [
      'a major red flag with a good grade',
      (s) => {
        question(s, 1).samples[0]!.expect.redFlags = ['never-tested'];
      },
      'sample-inconsistent',
      ['questions', 1, 'samples', 0, 'expect', 'grade'],
    ],
    [
      'a negated rule whose probe presumes the denied item',
      (s) => {
        question(s, 0).followUps[0]!.if = { negated: ['backup-policy'] };
        question(s, 0).probes[0]!.focus = ['backup-policy'];
      },
      'probe-presumes-denial',
      ['questions', 0, 'followUps', 0, 'if'],
      ['probe-never-asked', 'evidence-never-asked', 'evidence-never-asked'],
    ],
    [
      'one phrase for two items',
      (s) => {
        question(s, 0).evidence[1]!.phrases.en.push('Backup  Plan');
      },
      'duplicate-phrase',
      ['questions', 0, 'evidence', 1, 'phrases', 'en', 3],
    ],
  ])('%s', (_name, mutate, code, path, consequences = []) => {
    const scenario = minimalScenario();
    mutate(scenario);
    const problems = lintScenario(scenario);
    expect(problems.map((p) => p.code)).toEqual([code, ...consequences]);
    expect(problems[0]?.path).toEqual(path);
    expect(problems[0]?.severity).toBe(lintCodes[code as keyof typeof lintCodes]);
    expect(problems[0]?.message).toMatch(/^questions\[[a-z-]+\]/);
  });

  it('accepts a detour question reached only through a follow-up', () => {
    const scenario = minimalScenario();
    scenario.questions.splice(1, 0, { ...extraQuestion('detour'), next: 'restore-test' });
    question(scenario, 0).next = 'restore-test';
    question(scenario, 0).followUps.push({ if: { vague: true }, ask: 'detour' });
    expect(lintScenario(scenario).map((p) => p.code)).toEqual([]);
  });

  it('warns once, not per field, when there is no German at all', () => {
    const scenario = minimalScenario();
    const stripGerman = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(stripGerman);
      else if (value !== null && typeof value === 'object') {
        Reflect.deleteProperty(value, 'de');
        Object.values(value).forEach(stripGerman);
      }
    };
    stripGerman(scenario);
    scenario.questions.forEach((q) => (q.samples = q.samples.filter((s) => s.locale === 'en')));
    expect(lintScenario(scenario).map((p) => [p.code, p.path])).toEqual([['missing-translation', ['title']]]);
  });

  it('reports a probe limit of 0 once', () => {
    const scenario = minimalScenario();
    scenario.probeLimit = 0;
    expect(lintScenario(scenario).map((p) => [p.code, p.path])).toEqual([['probe-never-asked', ['probeLimit']]]);
  });
});
