import { describe, expect, it } from 'vitest';
import type { Answer } from '@/domain/records/answer-schema';
import type { Attempt } from '@/domain/records/attempt-schema';
import { scenarioSchema } from '@/domain/scenario/scenario-schema';
import { teamAttemptFromRecords } from '@/domain/team/team-attempt-from-records';
import { evidenceFromStatuses, scoreResult } from '../../support/score-result-builder';
import { tinyScenario, uuid } from './support/team-fixtures';

const scenario = tinyScenario();
const profileId = uuid(7001);
const attempt: Attempt = {
  id: uuid(7002),
  profileId,
  scenarioId: scenario.id,
  scenarioVersion: '1.0.0',
  topic: 'patch-management',
  mode: 'mock',
  persona: 'strict',
  locale: 'de',
  startedAt: '2026-11-01T09:00:00.000Z',
  endedAt: '2026-11-01T09:30:00.000Z',
  status: 'completed',
  score: 55,
  grade: 'major-nc',
};

function answer(questionId: string, text: string, result: Answer['result']): Answer {
  return {
    id: crypto.randomUUID(),
    attemptId: attempt.id,
    profileId,
    questionId,
    attemptNumber: 1,
    text,
    givenAt: '2026-11-01T09:10:00.000Z',
    result,
  };
}

const answers = [
  answer('q-one', 'Monatlich, nie mit Frist', {
    ...scoreResult({
      score: 20,
      grade: 'major-nc',
      evidence: evidenceFromStatuses({ cycle: 'partial', deadline: 'negated' }),
    }),
    redFlags: [{ id: 'no-patching', severity: 'major', spans: [] }],
  }),
  answer(
    'q-one',
    'Monatlich mit Bericht',
    scoreResult({ score: 40, grade: 'minor-nc', evidence: evidenceFromStatuses({ cycle: 'covered' }) }),
  ),
];

describe('teamAttemptFromRecords', () => {
  it('carries each main question’s finding with labels in the attempt’s language and no answers by default', () => {
    const team = teamAttemptFromRecords(attempt, answers, scenario, false)!;
    expect(team).toMatchObject({ attemptId: attempt.id, mode: 'mock', score: 55, grade: 'major-nc', complete: false });
    const [one, two] = team.findings;
    expect(one).toEqual({
      questionId: 'q-one',
      question: 'How do you patch? (de)',
      grade: 'minor-nc',
      score: 40,
      controls: ['A.8.8'],
      given: [{ evidenceId: 'cycle', label: 'Patch cycle (de)' }],
      missing: [{ evidenceId: 'deadline', label: 'Deadlines (de)', status: 'negated', essential: false }],
      redFlags: [{ redFlagId: 'no-patching', label: 'No patching (de)', severity: 'major' }],
    });
    expect(two).toMatchObject({ questionId: 'q-two', grade: null, score: 0, given: [], controls: ['A.8.9', 'A.8.32'] });
  });

  it('includes the answer texts only when asked', () => {
    const team = teamAttemptFromRecords(attempt, answers, scenario, true)!;
    expect(team.findings[0]?.answers).toEqual(['Monatlich, nie mit Frist', 'Monatlich mit Bericht']);
    expect(team.findings[1]?.answers).toEqual([]);
  });

  it('gives a question without controls the scenario’s, and skips attempts that are not completed', () => {
    const plain = scenarioSchema.parse({
      ...scenario,
      questions: scenario.questions.map((q) => ({ ...q, controls: [] })),
    });
    expect(teamAttemptFromRecords(attempt, answers, plain, false)?.findings[0]?.controls).toEqual(['A.8.8']);
    expect(teamAttemptFromRecords({ ...attempt, status: 'abandoned' }, answers, scenario, false)).toBeUndefined();
    expect(teamAttemptFromRecords(attempt, [], scenario, false)).toBeUndefined();
  });
});
