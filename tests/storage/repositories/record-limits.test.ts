import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attempt } from '@/domain/records/attempt-schema';
import { fieldLimits, jsonValueLimits } from '@/domain/records/limits';
import { saveAnswer, type NewAnswer } from '@/storage/answer-repository';
import { saveCustomScenario } from '@/storage/custom-scenario-repository';
import { createProfile, updateProfile } from '@/storage/profile-repository';
import { saveInterviewState } from '@/storage/interview-state';
import { putSetting } from '@/storage/settings-repository';
import { InvalidRecordError } from '@/storage/storage-errors';
import { isBrowserStorageFailure, toStorageProblem } from '@/storage/storage-problem';
import { buildScoreResult, seededRandom } from '../../domain/records/support/records';
import { startPatchAttempt } from '../support/attempts';
import { emptyTables, freshDatabase, snapshotOf } from '../support/database';

const db = freshDatabase();
const random = seededRandom(11);
let attempt: Attempt;
const answer = (text: string): NewAnswer => ({
  questionId: 'cadence',
  attemptNumber: 1,
  text,
  result: buildScoreResult(random),
});

function nested(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i += 1) value = { next: value };
  return value;
}

async function refusal(write: Promise<unknown>): Promise<InvalidRecordError> {
  const error: unknown = await write.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(InvalidRecordError);
  return error as InvalidRecordError;
}

beforeEach(async () => {
  const learner = await createProfile(db, { name: 'Ada', role: 'employee' });
  attempt = await startPatchAttempt(db, learner.id, { machineSnapshot: { value: 'intro' } });
});
afterEach(() => emptyTables(db));

describe('a record over a limit', () => {
  it('an answer one character over the limit is refused as too long, with the field named, and nothing is written', async () => {
    const before = await snapshotOf(db);
    const error = await refusal(saveAnswer(db, attempt.id, answer('x'.repeat(fieldLimits.answerChars + 1)), {}));
    expect(error.problems).toEqual([
      {
        path: 'answer.text',
        message: `answer.text: is too long: at most ${fieldLimits.answerChars} characters`,
        tooLong: true,
      },
    ]);
    const problem = toStorageProblem(error);
    expect(problem.kind).toBe('too-long');
    expect(isBrowserStorageFailure(problem)).toBe(false);
    expect(await snapshotOf(db)).toEqual(before);
  });

  it('an answer of exactly the limit is stored', async () => {
    const saved = await saveAnswer(db, attempt.id, answer('x'.repeat(fieldLimits.answerChars)), {});
    expect((await db.answers.get(saved.id))?.text).toHaveLength(fieldLimits.answerChars);
  });

  it('a snapshot with a text over the free-form limit is refused with its path, and the answer with it', async () => {
    const snapshot = { context: { transcript: ['y'.repeat(jsonValueLimits.maxStringChars + 1)] } };
    const error = await refusal(saveAnswer(db, attempt.id, answer('fine'), snapshot));
    expect(error.problems[0]).toMatchObject({ path: 'attempt.machineSnapshot.context.transcript[0]', tooLong: true });
    expect(await db.answers.count()).toBe(0);
  });

  it.each([
    [
      'nested too deep',
      nested(jsonValueLimits.maxDepth + 1),
      `is nested more than ${jsonValueLimits.maxDepth} levels deep`,
      false,
    ],
    [
      'too large',
      Array.from({ length: 9 }, () => 'z'.repeat(jsonValueLimits.maxStringChars)),
      'attempt.machineSnapshot: is too large',
      true,
    ],
    ['not JSON data', { at: new Date(0) }, 'attempt.machineSnapshot.at: is not plain data', false],
    ['a forbidden key', JSON.parse('{"__proto__": {"x": 1}}') as unknown, 'is not allowed', false],
  ])('a position snapshot %s is refused and the stored one kept', async (_name, snapshot, message, tooLong) => {
    const error = await refusal(saveInterviewState(db, attempt.id, [], snapshot));
    expect(error.message).toContain(message);
    expect(error.tooLong).toBe(tooLong);
    expect((await db.attempts.get(attempt.id))?.machineSnapshot).toEqual({ value: 'intro' });
  });

  it('a snapshot at the depth limit is stored', async () => {
    await saveInterviewState(db, attempt.id, [], nested(jsonValueLimits.maxDepth));
    expect((await db.attempts.get(attempt.id))?.machineSnapshot).toEqual(nested(jsonValueLimits.maxDepth));
  });

  it.each([
    [
      'a profile name',
      () => createProfile(db, { name: 'n'.repeat(fieldLimits.nameChars + 1), role: 'employee' }),
      'profile.name',
    ],
    [
      'a renamed profile',
      () => updateProfile(db, attempt.profileId, { name: 'n'.repeat(fieldLimits.nameChars + 1) }),
      'profile.name',
    ],
    [
      'a custom scenario',
      () => saveCustomScenario(db, { fileName: 'big.yaml', source: 's'.repeat(fieldLimits.sourceChars + 1) }),
      'customScenario.source',
    ],
    ['a setting value', () => putSetting(db, 'notes', 'v'.repeat(jsonValueLimits.maxStringChars + 1)), 'setting.value'],
  ])('%s over its limit is too long', async (_name, write, path) => {
    const error = await refusal(write());
    expect(error.problems[0]).toMatchObject({ path, tooLong: true });
    expect(toStorageProblem(error).kind).toBe('too-long');
  });

  it('a setting that is not JSON data is refused, but not as too long', async () => {
    const error = await refusal(putSetting(db, 'callback', () => 1));
    expect(error.problems[0]?.message).toBe('setting.value: is a function, which JSON cannot hold');
    expect(toStorageProblem(error).kind).toBe('unknown');
  });
});
