import { describe, expect, it } from 'vitest';
import { parseBackup } from '@/domain/backup/parse-backup';
import { serializeBackup } from '@/domain/backup/serialize-backup';
import { answerSchema } from '@/domain/records/answer-schema';
import { attemptSchema } from '@/domain/records/attempt-schema';
import { customScenarioSchema } from '@/domain/records/custom-scenario-schema';
import { jsonValueSchema } from '@/domain/records/json-value';
import { backupLimits, fieldLimits, jsonValueLimits } from '@/domain/records/limits';
import { profileSchema } from '@/domain/records/profile-schema';
import { jsonCopy } from '@/lib/json-copy';
import { backupScenario, recordingMachine, startInterview } from '../interview/support/interview-harness';
import { buildBackup } from '../backup/support/backups';
import { buildDataset } from './support/records';

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depthOf));
}

function nested(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i += 1) value = [value];
  return value;
}

/** A whole mock interview answered with answers of the largest size, to its end. */
function largestInterviewSnapshot(): unknown {
  const { machine } = recordingMachine(backupScenario());
  const actor = startInterview(machine, { mode: 'mock' });
  actor.send({ type: 'interview.start' });
  for (let turn = 0; turn < 200 && actor.getSnapshot().status !== 'done'; turn += 1) {
    if (actor.getSnapshot().hasTag('awaiting-answer'))
      actor.send({ type: 'answer.submit', text: 'backup '.repeat(fieldLimits.answerChars / 7) });
    else actor.send({ type: 'interview.finish' });
  }
  expect(actor.getSnapshot().status).toBe('done');
  return jsonCopy(actor.getPersistedSnapshot());
}

/** A dataset whose every text field is as long as its limit allows. */
function limitSizedDataset() {
  const data = buildDataset({ profiles: 1, attemptsPerProfile: 1, answersPerAttempt: 1 });
  const [profile, attempt, answer, scenario] = [
    data.profiles[0]!,
    data.attempts[0]!,
    data.answers[0]!,
    data.customScenarios[0]!,
  ];
  return {
    ...data,
    profiles: [{ ...profile, name: 'n'.repeat(fieldLimits.nameChars) }],
    attempts: [{ ...attempt, machineSnapshot: { deep: nested(jsonValueLimits.maxDepth - 1) } }],
    answers: [{ ...answer, text: 'a'.repeat(fieldLimits.answerChars) }],
    customScenarios: [
      {
        ...scenario,
        fileName: `${'f'.repeat(fieldLimits.fileNameChars - 5)}.yaml`,
        source: 's'.repeat(fieldLimits.sourceChars),
      },
    ],
    settings: [{ key: 'k'.repeat(fieldLimits.settingKeyChars), value: ['v'.repeat(jsonValueLimits.maxStringChars)] }],
  };
}

describe('the limits are one coherent set', () => {
  it.each(Object.entries(fieldLimits).filter(([name]) => name.endsWith('Chars')))(
    'a backup holds any text a record field holds (%s)',
    (_name, limit) => expect(backupLimits.maxStringChars).toBeGreaterThanOrEqual(limit),
  );

  it('a backup holds any text and any nesting a free-form value holds', () => {
    expect(backupLimits.maxStringChars).toBeGreaterThanOrEqual(jsonValueLimits.maxStringChars);
    expect(jsonValueLimits.maxStringChars).toBeGreaterThanOrEqual(fieldLimits.answerChars);
    expect(backupLimits.maxFileChars).toBeGreaterThanOrEqual(8 * jsonValueLimits.maxChars);
  });

  it('every record at its limits passes its schema, and a backup of them restores', () => {
    const data = limitSizedDataset();
    expect(profileSchema.safeParse(data.profiles[0]).success).toBe(true);
    expect(attemptSchema.safeParse(data.attempts[0]).success).toBe(true);
    expect(answerSchema.safeParse(data.answers[0]).success).toBe(true);
    expect(customScenarioSchema.safeParse(data.customScenarios[0]).success).toBe(true);
    const read = parseBackup(serializeBackup(buildBackup(data)));
    expect(read.ok ? 'readable' : read.errors).toBe('readable');
  });

  it('the deepest free-form value a record accepts is within the backup file nesting limit', () => {
    const deepest = nested(jsonValueLimits.maxDepth);
    expect(jsonValueSchema.safeParse(deepest).success).toBe(true);
    expect(jsonValueSchema.safeParse([deepest]).success).toBe(false);
    const data = limitSizedDataset();
    const backup = buildBackup({ ...data, attempts: [{ ...data.attempts[0]!, machineSnapshot: deepest }] });
    expect(parseBackup(serializeBackup(backup)).ok).toBe(true);
  });

  it('a whole interview answered at the answer limit stays well within the free-form limits', () => {
    const snapshot = largestInterviewSnapshot();
    expect(jsonValueSchema.safeParse(snapshot).success).toBe(true);
    expect(depthOf(snapshot)).toBeLessThanOrEqual(jsonValueLimits.maxDepth / 2);
    expect(JSON.stringify(snapshot).length).toBeLessThan(jsonValueLimits.maxChars / 4);
  });
});
