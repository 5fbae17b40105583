import { afterEach, describe, expect, it, vi } from 'vitest';
import { digestAll } from '@/domain/progress/attempt-digest';
import type { Answer } from '@/domain/records/answer-schema';
import type { Attempt } from '@/domain/records/attempt-schema';
import type { OutboxItem } from '@/domain/records/outbox-item-schema';
import { TrainerDatabase } from '@/storage/database';
import { currentSchemaVersion } from '@/storage/versions/versions';
import { buildDataset, fixedUuid, minutesFrom } from '../domain/records/support/records';
import { toAnswerV1, toAttemptV1 } from '../domain/records/support/v1-records';
import { readV1Database, writeV1Database } from './fixtures/v1-database';
import v1SmallText from './fixtures/v1-small.json?raw';

// fake-indexeddb is slow on a busy machine; these tests move thousands of records.
vi.setConfig({ testTimeout: 60_000 });

const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
const opened: TrainerDatabase[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** 10 learners x 100 attempts x 10 answers, with some attempts still open or abandoned. */
function currentRecords() {
  const data = buildDataset({ profiles: 10, attemptsPerProfile: 100, answersPerAttempt: 10, seed: 42 });
  const attempts: Attempt[] = data.attempts.map((attempt, i) => {
    if (i % 50 === 0)
      return { ...attempt, status: 'in-progress', endedAt: undefined, score: undefined, grade: undefined };
    return i % 37 === 0 ? { ...attempt, status: 'abandoned', score: undefined, grade: undefined } : attempt;
  });
  const outbox: OutboxItem[] = [
    {
      id: fixedUuid(1, 5),
      kind: 'attempt-finished',
      payload: { attemptId: attempts[1]!.id },
      createdAt: minutesFrom(3),
    },
  ];
  return { ...data, attempts, outbox };
}

describe('schema version 1 -> 2', () => {
  it('upgrades a version-1 database with 10,000 answers, every record intact', async () => {
    const expected = currentRecords();
    const name = `migration-${crypto.randomUUID()}`;
    await writeV1Database(name, {
      ...expected,
      attempts: expected.attempts.map(toAttemptV1),
      answers: expected.answers.map(toAnswerV1),
    });
    const before = await readV1Database(name);
    expect(before.version).toBe(1);
    expect(before.answers).toHaveLength(10_000);
    expect(before.attempts[0]).toHaveProperty('scenario.topic');
    expect(before.answers[0]).not.toHaveProperty('profileId');

    const db = new TrainerDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(currentSchemaVersion);
    expect(await db.answers.count()).toBe(10_000);
    expect(await db.attempts.count()).toBe(1_000);
    expect(byId(await db.profiles.toArray())).toEqual(byId(expected.profiles));
    expect(byId(await db.attempts.toArray())).toEqual(byId(expected.attempts));
    expect(byId(await db.answers.toArray())).toEqual(byId(expected.answers));
    expect(await db.customScenarios.toArray()).toEqual(expected.customScenarios);
    expect(await db.settings.toArray()).toEqual(expected.settings);
    expect(await db.outbox.toArray()).toEqual(expected.outbox);
    const digests = digestAll(expected.attempts, expected.answers);
    expect(digests.length).toBeGreaterThan(900);
    expect(await db.progressDigests.orderBy('attemptId').toArray()).toEqual(
      digests.sort((a, b) => a.attemptId.localeCompare(b.attemptId)),
    );
  }, 120_000);

  it('fills the new indexes', async () => {
    const expected = currentRecords();
    const few = { ...expected, attempts: expected.attempts.slice(0, 40), answers: expected.answers.slice(0, 400) };
    const name = `migration-${crypto.randomUUID()}`;
    await writeV1Database(name, {
      ...few,
      attempts: few.attempts.map(toAttemptV1),
      answers: few.answers.map(toAnswerV1),
    });
    const db = new TrainerDatabase(name);
    opened.push(db);
    const learner = few.profiles[0]!.id;
    const own = few.attempts.filter((a) => a.profileId === learner);
    const onTopic = own.filter((a) => a.topic === own[0]!.topic);
    expect(await db.attempts.where('[profileId+topic]').equals([learner, own[0]!.topic]).count()).toBe(onTopic.length);
    expect(await db.attempts.where('[profileId+scenarioId]').equals([learner, own[0]!.scenarioId]).count()).toBe(
      onTopic.length,
    );
    expect(await db.answers.where('profileId').equals(learner).count()).toBe(
      few.answers.filter((a) => a.profileId === learner).length,
    );
  });

  it('keeps an answer whose attempt was already gone, with an empty profileId', async () => {
    const expected = currentRecords();
    const orphan: Answer = { ...expected.answers[0]!, id: fixedUuid(77, 3), attemptId: fixedUuid(77, 2) };
    const name = `migration-${crypto.randomUUID()}`;
    await writeV1Database(name, {
      ...expected,
      attempts: expected.attempts.slice(0, 1).map(toAttemptV1),
      answers: [toAnswerV1(orphan)],
    });
    const db = new TrainerDatabase(name);
    opened.push(db);
    expect(await db.answers.get(orphan.id)).toEqual({ ...orphan, profileId: '' });
  });
});

describe('schema version 1 -> 2 from the stored fixture', () => {
  it('turns the frozen version-1 records into the expected version-2 records', async () => {
    const fixture = JSON.parse(v1SmallText) as {
      v1: Parameters<typeof writeV1Database>[1];
      expectedV2: { attempts: Attempt[]; answers: Answer[] };
    };
    const name = `migration-${crypto.randomUUID()}`;
    await writeV1Database(name, fixture.v1);
    const db = new TrainerDatabase(name);
    opened.push(db);
    expect(byId(await db.attempts.toArray())).toEqual(byId(fixture.expectedV2.attempts));
    expect(byId(await db.answers.toArray())).toEqual(byId(fixture.expectedV2.answers));
    expect(await db.profiles.toArray()).toEqual(fixture.v1.profiles);
    expect(await db.progressDigests.toArray()).toEqual(
      digestAll(fixture.expectedV2.attempts, fixture.expectedV2.answers),
    );
  });
});
