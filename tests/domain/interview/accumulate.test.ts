import { describe, expect, it } from 'vitest';
import type { EvidenceStatus } from '@/domain/scoring/score-types';
import { accumulateAnswers } from '@/domain/interview/accumulate';
import type { AnswerRecord } from '@/domain/interview/interview-types';
import { fakeScore } from './support/fake-scorer';
import { backupScenario } from './support/interview-harness';

const scenario = backupScenario();
const question = scenario.questions[0]!;

function answer(
  statuses: Record<string, EvidenceStatus>,
  extra: { flags?: string[]; vague?: boolean } = {},
): AnswerRecord {
  const base = fakeScore('', question, 'en');
  return {
    questionId: question.id,
    probeId: null,
    attempt: 1,
    kind: 'answer',
    text: 'x',
    askedAt: 0,
    answeredAt: 0,
    result: {
      ...base,
      evidence: Object.entries(statuses).map(([id, status]) => ({ id, status, spans: [{ start: 0, end: 1 }] })),
      redFlags: (extra.flags ?? []).map((id) => ({ id, severity: id === 'no-backups' ? 'major' : 'minor', spans: [] })),
      vague: extra.vague ?? false,
    },
  };
}

const accumulate = (...answers: AnswerRecord[]) => accumulateAnswers(question, scenario.grading, answers);
const statusOf = (result: ReturnType<typeof accumulate>, id: string) =>
  result.evidence.find((e) => e.id === id)?.status;

describe('accumulateAnswers', () => {
  it('with no answers everything is missing and the score is 0', () => {
    const result = accumulate();
    expect(result).toMatchObject({ score: 0, grade: 'major-nc', missingEssential: ['backup-policy'], answerCount: 0 });
  });

  it.each<[EvidenceStatus, EvidenceStatus, EvidenceStatus]>([
    ['missing', 'covered', 'covered'],
    ['partial', 'covered', 'covered'],
    ['covered', 'partial', 'covered'],
    ['negated', 'partial', 'partial'],
    ['missing', 'negated', 'negated'],
    ['planned', 'negated', 'negated'],
    ['planned', 'missing', 'planned'],
  ])('%s then %s keeps %s', (first, second, kept) => {
    expect(statusOf(accumulate(answer({ offsite: first }), answer({ offsite: second })), 'offsite')).toBe(kept);
  });

  it('remembers which answer the best status came from', () => {
    const result = accumulate(answer({ schedule: 'partial' }), answer({ schedule: 'covered' }));
    expect(result.evidence.find((e) => e.id === 'schedule')?.answerIndex).toBe(1);
  });

  it('scores the combined evidence: a probe answer lifts the main answer', () => {
    const main = accumulate(answer({ schedule: 'covered' }));
    const both = accumulate(answer({ schedule: 'covered' }), answer({ 'backup-policy': 'covered' }));
    expect(main.score).toBe(40); // 1 of 5 weight against half the weight (2.5)
    expect(both.score).toBe(100);
    expect(both.missingEssential).toEqual([]);
  });

  it('keeps red flags from every answer', () => {
    const result = accumulate(
      answer({}, { flags: ['untested'] }),
      answer({ 'backup-policy': 'covered' }, { flags: ['no-backups'] }),
    );
    expect(result.redFlags.map((f) => [f.id, f.answerIndex])).toEqual([
      ['untested', 0],
      ['no-backups', 1],
    ]);
    expect(result.grade).toBe('major-nc');
  });

  it.each([
    [
      'an essential item only negated caps at minor-nc',
      { 'backup-policy': 'negated', schedule: 'covered', offsite: 'covered', encryption: 'covered' },
      'minor-nc',
    ],
    [
      'an essential item missing caps at observation',
      { schedule: 'covered', offsite: 'covered', encryption: 'covered' },
      'observation',
    ],
    [
      'all covered is conformity',
      { 'backup-policy': 'covered', schedule: 'covered', offsite: 'covered' },
      'conformity',
    ],
  ] as const)('%s', (_name, statuses, grade) => {
    expect(accumulate(answer(statuses)).grade).toBe(grade);
  });

  it('takes vagueness from the latest answer only', () => {
    expect(accumulate(answer({}, { vague: true }), answer({ schedule: 'covered' })).vague).toBe(false);
    expect(accumulate(answer({ schedule: 'covered' }), answer({}, { vague: true })).vague).toBe(true);
  });
});
