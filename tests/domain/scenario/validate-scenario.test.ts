import { describe, expect, it } from 'vitest';
import { checkCrossReferences } from '@/domain/scenario/cross-references';
import { loadScenario } from '@/domain/scenario/load-scenario';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { fixtureText, minimalScenario } from './scenario-test-helpers';

const minimal = fixtureText('minimal.yaml');

function edit(find: string, replace: string): string {
  if (!minimal.includes(find)) throw new Error(`minimal.yaml has no "${find}"`);
  return minimal.replace(find, replace);
}

describe('validateScenario through loadScenario: one readable, located message per fault', () => {
  it.each([
    [
      'text for a number',
      edit('weight: 2', 'weight: "2"'),
      30,
      'evidence[backup-policy].weight: expected a number, got "2"',
    ],
    [
      'unknown enum value',
      edit('severity: minor', 'severity: critical'),
      43,
      'severity: expected one of "minor", "major", got "critical"',
    ],
    [
      'yes for true',
      edit(
        'essential: true\n        phrases:\n          en: [backup policy',
        'essential: yes\n        phrases:\n          en: [backup policy',
      ),
      31,
      'essential: expected true or false, got "yes"',
    ],
    ['number out of range', edit('clauses:', 'probeLimit: 9\nclauses:'), 14, 'probeLimit: must be at most 5, got 9'],
    ['number for version text', edit('version: 1.0.0', 'version: 1.0'), 5, 'version: expected text, got 1'],
    ['unknown locale', edit('- locale: de', '- locale: fr'), 71, 'locale: expected one of "en", "de", got "fr"'],
    [
      'number for next',
      edit('  - id: restore-test\n', '  - id: restore-test\n    next: 3\n'),
      75,
      'next: expected text or "end", got 3',
    ],
    ['empty text', edit('en: Backup basics', "en: ''"), 7, 'title.en: must not be empty'],
    ['misspelt top-level field', edit('summary:', 'sumary:'), 9, 'unknown field "sumary" (did you mean "summary"?)'],
    [
      'unrelated field',
      edit('topic:', 'colour: red\ntopic:'),
      12,
      'unknown field "colour"; allowed here: $schema, id, schemaVersion',
    ],
    [
      'bad redFlag test',
      edit('if: { missingEssential: true }', 'if: { redFlag: all }'),
      93,
      'if.redFlag: expected "any" or a list, got "all"',
    ],
    ['missing list', edit('controls: [A.8.13]\nclauses', 'clauses'), 3, 'missing required field "controls"'],
  ])('%s', (_name, text, line, message) => {
    const result = loadScenario(text, 'scenarios/minimal.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message).toContain(message);
    expect(result.errors[0]?.line).toBe(line);
  });
});

type Mutation = (s: Scenario) => void;

function first(s: Scenario) {
  const question = s.questions[0];
  if (!question) throw new Error('minimal.yaml has questions');
  return question;
}

describe('checkCrossReferences', () => {
  it('finds nothing wrong in the minimal scenario', () => {
    expect(checkCrossReferences(minimalScenario())).toEqual([]);
  });

  it.each<[string, Mutation, (string | number)[], string]>([
    [
      'duplicate probe id',
      (s) => first(s).probes.push({ ...first(s).probes[0]!, focus: [] }),
      ['questions', 0, 'probes', 1, 'id'],
      'duplicate probe id "show-report"',
    ],
    [
      'probe named like a question',
      (s) => {
        first(s).probes[0]!.id = 'restore-test';
        first(s).followUps[0]!.ask = 'restore-test';
      },
      ['questions', 0, 'probes', 0, 'id'],
      'is also a question id',
    ],
    [
      'red flag named like evidence',
      (s) => {
        first(s).redFlags[0]!.id = 'job-monitoring';
        first(s).samples[1]!.expect.redFlags = ['job-monitoring'];
      },
      ['questions', 0, 'redFlags', 0, 'id'],
      'duplicate evidence or red flag id "job-monitoring"',
    ],
    [
      'unknown red flag in a condition',
      (s) => {
        first(s).followUps[0]!.if = { redFlag: ['nobody-check'] };
      },
      ['questions', 0, 'followUps', 0, 'if', 'redFlag', 0],
      'did you mean "nobody-checks"?',
    ],
    [
      'unknown evidence in a negated condition',
      (s) => {
        first(s).followUps[0]!.if = { negated: ['backup-polcy'] };
      },
      ['questions', 0, 'followUps', 0, 'if', 'negated', 0],
      'did you mean "backup-policy"?',
    ],
    [
      'unknown evidence a probe presumes',
      (s) => {
        first(s).probes[0]!.presumes = ['job-monitorin'];
      },
      ['questions', 0, 'probes', 0, 'presumes', 0],
      'did you mean "job-monitoring"?',
    ],
    [
      'a sample expecting an unknown probe',
      (s) => {
        first(s).samples[0]!.expect.probe = 'show-reprot';
      },
      ['questions', 0, 'samples', 0, 'expect', 'probe'],
      'did you mean "show-report"?',
    ],
    [
      'a question asking itself',
      (s) => {
        first(s).followUps[0]!.ask = 'backup-schedule';
      },
      ['questions', 0, 'followUps', 0, 'ask'],
      'cannot ask itself',
    ],
    [
      'a recommendation for nothing',
      (s) => {
        first(s).recommendations[0]!.for = 'weekly-review';
      },
      ['questions', 0, 'recommendations', 0, 'for'],
      'is not an evidence or red flag id',
    ],
    [
      'a control outside the scenario',
      (s) => {
        first(s).controls = ['A.5.1'];
      },
      ['questions', 0, 'controls', 0],
      "not in the scenario's controls list",
    ],
    [
      'next to a missing question',
      (s) => {
        first(s).next = 'restore-tests';
      },
      ['questions', 0, 'next'],
      'did you mean "restore-test"?',
    ],
  ])('%s', (_name, mutate, path, message) => {
    const scenario = minimalScenario();
    mutate(scenario);
    const problems = checkCrossReferences(scenario);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path, severity: 'error' });
    expect(problems[0]?.message).toContain(message);
  });

  it('accepts a follow-up that branches to another main question and a recommendation for a red flag', () => {
    const scenario = minimalScenario();
    first(scenario).followUps.push({ if: { vague: true }, ask: 'restore-test' });
    first(scenario).recommendations.push({ for: 'nobody-checks', text: { en: 'Review the report daily.' } });
    expect(checkCrossReferences(scenario)).toEqual([]);
  });
});
