import { describe, expect, it } from 'vitest';
import type { FollowUpCondition, Scenario } from '@/domain/scenario/scenario-schema';
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
    vague: false,
    answerCount: 1,
    ...overrides,
  };
}

const offsiteMissing = result({
  evidence: result().evidence.map((e) => (e.id === 'offsite' ? { ...e, status: 'planned' as const } : e)),
});
const flagged = result({ redFlags: [{ id: 'untested', severity: 'minor', answerIndex: 0, spans: [] }] });

describe('conditionHolds', () => {
  it.each<[string, FollowUpCondition, AccumulatedResult, boolean]>([
    [
      'missingEssential when one is missing',
      { missingEssential: true },
      result({ missingEssential: ['backup-policy'] }),
      true,
    ],
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
