import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '@/domain/interview/snapshot-check';
import { interviewMachineVersion, snapshotMigrations } from '@/domain/interview/snapshot-version';
import { jsonCopy } from '@/lib/json-copy';
import { backupScenario, recordingMachine, startInterview } from './support/interview-harness';

const scenario = backupScenario();

function persistedMidInterview(): Record<string, unknown> & { context: Record<string, unknown> } {
  const { machine } = recordingMachine(scenario);
  const actor = startInterview(machine);
  actor.send({ type: 'interview.start' });
  actor.send({ type: 'answer.submit', text: 'We have nightly backups.' });
  return jsonCopy(actor.getPersistedSnapshot()) as never;
}

const withVersion = (persisted: ReturnType<typeof persistedMidInterview>, machineVersion: unknown) => ({
  ...persisted,
  context: { ...persisted.context, machineVersion },
});

function withoutVersion(persisted: ReturnType<typeof persistedMidInterview>) {
  const { machineVersion: _dropped, ...context } = persisted.context;
  return { ...persisted, context };
}

describe('the machine version in every snapshot', () => {
  it('is stamped by the machine that wrote it', () => {
    expect(persistedMidInterview().context.machineVersion).toBe(interviewMachineVersion);
  });

  it('a snapshot from before the stamp (version 1) is migrated and resumed', () => {
    const check = checkSnapshot(scenario, withoutVersion(persistedMidInterview()));
    expect(check).toMatchObject({ ok: true });
    expect(check.ok && check.snapshot.context.machineVersion).toBe(interviewMachineVersion);
    expect(check.ok && check.snapshot.context.transcript).toEqual(persistedMidInterview().context.transcript);
  });

  it('a snapshot of a newer machine is refused, before anything else is judged', () => {
    const newer = withVersion(persistedMidInterview(), interviewMachineVersion + 1);
    expect(checkSnapshot(scenario, { ...newer, value: 'a-state-of-the-future' })).toEqual({
      ok: false,
      reason: 'newer-machine',
    });
  });

  it('an older snapshot with no migration step is refused', () => {
    const machine = { version: 4, migrations: { ...snapshotMigrations, 3: <T>(s: T) => s } };
    expect(checkSnapshot(scenario, withVersion(persistedMidInterview(), 2), machine)).toEqual({
      ok: false,
      reason: 'older-machine',
    });
    expect(checkSnapshot(scenario, withVersion(persistedMidInterview(), 3), machine)).toMatchObject({ ok: true });
  });

  it.each([0, -1, 1.5, 'two', null])('a version that is no version (%s) makes the snapshot unreadable', (version) => {
    expect(checkSnapshot(scenario, withVersion(persistedMidInterview(), version))).toEqual({
      ok: false,
      reason: 'unreadable',
    });
  });
});
