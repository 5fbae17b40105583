import { describe, expect, it } from 'vitest';
import type { FollowUpCondition, Question, Scenario } from '@/domain/scenario/scenario-schema';
import type { AccumulatedResult } from '@/domain/interview/accumulate';
import { chooseNextStep, conditionHolds, probeCap, type AskedSoFar } from '@/domain/interview/follow-up';
import type { Plan } from '@/domain/interview/interview-types';
import { nextMainQuestion } from '@/domain/interview/navigation';
import { backupScenario } from './support/interview-harness';

const scenario = backupScenario();
const backupSchedule = scenario.questions[0]!;

function result(overrides: Partial<AccumulatedResult> = {}): AccumulatedResult {
  return {
    questionId: 'backup-schedule',
    score: 100,
    grade: 'conformity',
    evidence: ['backup-policy', 'schedule', 'offsite', 'encryption'].map((id) => ({
      id,
      status: 'covered',
      answerIndex: 0,
      spans: [],
    })),
    redFlags: [],
    missingEssential: [],
    caps: [],
    vague: false,
    answerCount: 1,
    ...overrides,
  };
}

const offsiteMissing = result({
  evidence: result().evidence.map((e) => (e.id === 'offsite' ? { ...e, status: 'planned' as const } : e)),
});
const withStatus = (id: string, status: 'negated' | 'missing') =>
  result({
    evidence: result().evidence.map((e) => (e.id === id ? { ...e, status } : e)),
    missingEssential: [id],
    score: 40,
  });
const policyMissing = withStatus('backup-policy', 'missing');
const policyDenied = withStatus('backup-policy', 'negated');
const flagged = result({ redFlags: [{ id: 'untested', severity: 'minor', answerIndex: 0, spans: [] }] });

describe('conditionHolds', () => {
  it.each<[string, FollowUpCondition, AccumulatedResult, boolean]>([
    ['missingEssential when one is missing', { missingEssential: true }, policyMissing, true],
    ['missingEssential: a denied item is not missing', { missingEssential: true }, policyDenied, false],
    ['missing: a denied item is not missing', { missing: ['backup-policy'] }, policyDenied, false],
    ['negated: a denied item', { negated: ['backup-policy'] }, policyDenied, true],
    ['negated: any listed id is enough', { negated: ['schedule', 'backup-policy'] }, policyDenied, true],
    ['negated: an item only missing', { negated: ['backup-policy'] }, policyMissing, false],
    ['negated: an item only planned', { negated: ['offsite'] }, offsiteMissing, false],
    ['missingEssential when none is missing', { missingEssential: true }, result(), false],
    ['missingEssential: false when none is missing', { missingEssential: false }, result(), true],
    ['missing: a planned item counts as missing', { missing: ['offsite'] }, offsiteMissing, true],
    ['missing: any listed id is enough', { missing: ['schedule', 'offsite'] }, offsiteMissing, true],
    ['missing: all listed covered', { missing: ['schedule'] }, offsiteMissing, false],
    ['coverageBelow is strict', { coverageBelow: 60 }, result({ score: 60 }), false],
    ['coverageBelow under the mark', { coverageBelow: 60 }, result({ score: 59 }), true],
    ['redFlag any', { redFlag: 'any' }, flagged, true],
    ['redFlag any without flags', { redFlag: 'any' }, result(), false],
    ['redFlag by id', { redFlag: ['untested'] }, flagged, true],
    ['redFlag by another id', { redFlag: ['no-backups'] }, flagged, false],
    ['vague', { vague: true }, result({ vague: true }), true],
    ['all conditions must hold', { vague: true, coverageBelow: 50 }, result({ vague: true, score: 80 }), false],
    ['all conditions hold', { vague: true, coverageBelow: 50 }, result({ vague: true, score: 0 }), true],
  ])('%s', (_name, condition, accumulated, expected) => {
    expect(conditionHolds(condition, accumulated)).toBe(expected);
  });
});

describe('chooseNextStep', () => {
  const none: AskedSoFar = { askedProbes: [], askedQuestions: ['backup-schedule'] };

  it.each<[string, AccumulatedResult, AskedSoFar, Plan]>([
    ['no rule fires: next main question', result(), none, { kind: 'main', questionId: 'dr-plan' }],
    [
      'first matching rule wins (jump before probe)',
      { ...flagged, missingEssential: ['backup-policy'] },
      none,
      { kind: 'main', questionId: 'restore-tests' },
    ],
    [
      'rule whose probe was asked is passed over',
      offsiteMissing,
      { ...none, askedProbes: ['where-copies'] },
      { kind: 'main', questionId: 'dr-plan' },
    ],
    [
      'jump target already asked is passed over',
      flagged,
      { ...none, askedQuestions: ['backup-schedule', 'restore-tests'] },
      { kind: 'main', questionId: 'dr-plan' },
    ],
    [
      'probe limit reached',
      result({ score: 10 }),
      { ...none, askedProbes: ['which-policy', 'where-copies'] },
      { kind: 'main', questionId: 'dr-plan' },
    ],
    [
      'probe limit leaves jumps open',
      flagged,
      { ...none, askedProbes: ['which-policy', 'where-copies'] },
      { kind: 'main', questionId: 'restore-tests' },
    ],
  ])('%s', (_name, accumulated, asked, expected) => {
    expect(chooseNextStep(scenario, backupSchedule, accumulated, asked, 'friendly')).toEqual(expected);
  });

  it('a strict auditor probes past the limit by one', () => {
    const asked = { ...none, askedProbes: ['which-policy', 'where-copies'] };
    expect(chooseNextStep(scenario, backupSchedule, result({ score: 10 }), asked, 'strict')).toEqual({
      kind: 'probe',
      probeId: 'how-protected',
    });
    expect(probeCap(scenario, 'strict')).toBe(scenario.probeLimit + 1);
  });

  it('a strict auditor probes a vague answer with the first unasked probe when no rule fires', () => {
    const vague = result({ vague: true });
    expect(chooseNextStep(scenario, backupSchedule, vague, none, 'strict')).toEqual({
      kind: 'probe',
      probeId: 'which-policy',
    });
    expect(chooseNextStep(scenario, backupSchedule, vague, none, 'friendly')).toEqual({
      kind: 'main',
      questionId: 'dr-plan',
    });
  });
});

describe('no probe presumes what the learner denied', () => {
  const none: AskedSoFar = { askedProbes: [], askedQuestions: ['backup-schedule'] };
  const absence = { id: 'without-policy', prompt: { en: 'Without a policy, who decides?' }, focus: ['schedule'] };
  const withRules = (followUps: Question['followUps'], probes: Question['probes'] = backupSchedule.probes) => {
    const question = { ...backupSchedule, followUps, probes: [...probes, { ...absence, presumes: [] }] };
    return { scenario: { ...scenario, questions: [question, ...scenario.questions.slice(1)] }, question };
  };
  const plan = (rules: Question['followUps'], accumulated: AccumulatedResult, probes?: Question['probes']) => {
    const built = withRules(rules, probes);
    return chooseNextStep(built.scenario, built.question, accumulated, none, 'friendly');
  };
  const whichPolicy = { if: { missingEssential: true }, ask: 'which-policy' };
  const byMissing = { if: { missing: ['backup-policy'] }, ask: 'which-policy' };
  const byScore = { if: { coverageBelow: 60 }, ask: 'which-policy' };
  const byDenial = { if: { negated: ['backup-policy'] }, ask: 'without-policy' };
  const toNext: Plan = { kind: 'main', questionId: 'dr-plan' };

  it.each<[string, Question['followUps'], AccumulatedResult, Plan]>([
    [
      'missingEssential asks for an item not mentioned',
      [whichPolicy],
      policyMissing,
      { kind: 'probe', probeId: 'which-policy' },
    ],
    ['missingEssential passes over a denied item', [whichPolicy], policyDenied, toNext],
    ['missing passes over a denied item', [byMissing], policyDenied, toNext],
    ['a probe that presumes the denied item is barred, whatever the rule', [byScore], policyDenied, toNext],
    [
      'the same probe is fine when the item is only missing',
      [byScore],
      policyMissing,
      { kind: 'probe', probeId: 'which-policy' },
    ],
    [
      'negated asks the absence probe',
      [whichPolicy, byDenial],
      policyDenied,
      { kind: 'probe', probeId: 'without-policy' },
    ],
    ['negated does not fire on an item not mentioned', [byDenial], policyMissing, toNext],
  ])('%s', (_name, rules, accumulated, expected) => {
    expect(plan(rules, accumulated)).toEqual(expected);
  });

  it('presumes overrides focus: an absence probe focused on the denied item may still be asked', () => {
    const probes = [
      { id: 'how-without', prompt: { en: 'How do you manage without it?' }, focus: ['backup-policy'], presumes: [] },
    ];
    expect(plan([{ if: { negated: ['backup-policy'] }, ask: 'how-without' }], policyDenied, probes)).toEqual({
      kind: 'probe',
      probeId: 'how-without',
    });
  });

  it('a strict auditor never asks a vague answer the probe about absence', () => {
    const built = withRules([byDenial]);
    const roomy = { ...built.scenario, probeLimit: 5 };
    const asked = { ...none, askedProbes: ['which-policy', 'where-copies', 'how-protected'] };
    const vague = result({ vague: true });
    expect(chooseNextStep(roomy, built.question, vague, asked, 'strict')).toEqual(toNext);
    expect(chooseNextStep(roomy, { ...built.question, followUps: [] }, vague, asked, 'strict')).toEqual({
      kind: 'probe',
      probeId: 'without-policy',
    });
  });

  it('a strict auditor probing a vague answer skips probes that presume a denied item', () => {
    const built = withRules([]);
    const vague = { ...policyDenied, vague: true };
    expect(chooseNextStep(built.scenario, built.question, vague, none, 'strict')).toEqual({
      kind: 'probe',
      probeId: 'where-copies',
    });
  });
});

describe('nextMainQuestion', () => {
  const chain = (ids: [string, string | undefined][]): Scenario => ({
    ...scenario,
    questions: ids.map(([id, next]) => ({ ...backupSchedule, id, next, followUps: [] })),
  });

  it.each<[string, Scenario, string, string[], string]>([
    [
      'file order',
      chain([
        ['a', undefined],
        ['b', undefined],
        ['c', undefined],
      ]),
      'a',
      ['a'],
      'b',
    ],
    [
      'last question ends',
      chain([
        ['a', undefined],
        ['b', undefined],
      ]),
      'b',
      ['a', 'b'],
      'end',
    ],
    [
      'explicit next',
      chain([
        ['a', 'c'],
        ['b', undefined],
        ['c', undefined],
      ]),
      'a',
      ['a'],
      'c',
    ],
    [
      'explicit end',
      chain([
        ['a', 'end'],
        ['b', undefined],
      ]),
      'a',
      ['a'],
      'end',
    ],
    [
      'skips asked questions along the chain',
      chain([
        ['a', undefined],
        ['b', undefined],
        ['c', undefined],
      ]),
      'a',
      ['a', 'b'],
      'c',
    ],
    [
      'a cycle of asked questions ends',
      chain([
        ['a', 'b'],
        ['b', 'a'],
      ]),
      'a',
      ['a', 'b'],
      'end',
    ],
  ])('%s', (_name, s, from, asked, expected) => {
    expect(nextMainQuestion(s, from, new Set(asked))).toBe(expected);
  });
});
