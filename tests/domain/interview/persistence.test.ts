import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { checkSnapshot } from '@/domain/interview/snapshot-check';
import { jsonCopy } from '@/lib/json-copy';
import { askedPath, backupScenario, recordingMachine, startInterview, whereAt } from './support/interview-harness';

const scenario = backupScenario();

function functionPaths(value: unknown, path = '$'): string[] {
  if (typeof value === 'function') return [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => functionPaths(inner, `${path}.${key}`));
}

function midInterview(mode: 'practice' | 'mock' = 'mock') {
  const { machine } = recordingMachine(scenario);
  const actor = startInterview(machine, { mode, persona: 'strict', timeLimitSeconds: 60 });
  actor.send({ type: 'interview.start' });
  actor.send({ type: 'answer.submit', text: 'We have nightly backups.' });
  return actor;
}

function roundTrip(actor: ReturnType<typeof midInterview>) {
  const { machine, effects } = recordingMachine(scenario);
  // The input is re-supplied as the app would; the restored context keeps the settings it was started with.
  const restored = createActor(machine, {
    snapshot: jsonCopy(actor.getPersistedSnapshot()),
    input: { locale: 'de', mode: 'practice' },
  });
  restored.start();
  return { restored, effects };
}

describe('persistence', () => {
  it('keeps functions out of the persisted snapshot', () => {
    const actor = midInterview();
    const persisted = actor.getPersistedSnapshot();
    expect(functionPaths(persisted)).toEqual([]);
    expect(jsonCopy(persisted)).toEqual(persisted);
  });

  it('a JSON round trip resumes at the same probe with the same transcript and settings', () => {
    const actor = midInterview();
    const { restored } = roundTrip(actor);
    const before = actor.getSnapshot();
    const after = restored.getSnapshot();
    expect(whereAt(after)).toBe('backup-schedule/which-policy');
    expect(after.value).toEqual(before.value);
    expect(after.hasTag('probe')).toBe(true);
    expect(after.context).toEqual(before.context);
  });

  it('does not replay entry effects on restore', () => {
    const { effects } = roundTrip(midInterview());
    expect(effects).toEqual({ spoken: [], persisted: [], timers: [] });
  });

  it('the restored interview continues exactly as the original would', () => {
    const original = midInterview();
    const { restored } = roundTrip(original);
    for (const actor of [original, restored]) {
      actor.send({ type: 'answer.submit', text: 'The backup policy.' });
      actor.send({ type: 'answer.dont-know' });
    }
    expect(askedPath(restored.getSnapshot())).toEqual(askedPath(original.getSnapshot()));
    expect(restored.getSnapshot().context.transcript.length).toBe(original.getSnapshot().context.transcript.length);
  });

  it('restores the practice feedback step and still allows a retry', () => {
    const actor = midInterview('practice');
    actor.send({ type: 'answer.submit', text: 'The backup policy, offsite copies.' });
    expect(actor.getSnapshot().hasTag('showing-feedback')).toBe(true);
    const { restored } = roundTrip(actor);
    expect(restored.getSnapshot().hasTag('showing-feedback')).toBe(true);
    restored.send({ type: 'answer.retry' });
    expect(restored.getSnapshot().context.position).toMatchObject({ questionId: 'backup-schedule', attempt: 2 });
  });

  it('restores a finished interview with its report', () => {
    const { machine } = recordingMachine(scenario);
    const actor = startInterview(machine);
    actor.send({ type: 'interview.finish' });
    const { restored } = roundTrip(actor);
    expect(restored.getSnapshot().status).toBe('done');
    expect(restored.getSnapshot().output).toEqual(actor.getSnapshot().output);
  });

  it.each([
    ['a snapshot of this scenario', (p: Record<string, unknown>) => p, null],
    [
      'another scenario version',
      (p: Record<string, unknown>) => ({ ...p, context: { ...(p.context as object), scenarioVersion: '9.9.9' } }),
      'scenario-changed',
    ],
    [
      'another scenario',
      (p: Record<string, unknown>) => ({ ...p, context: { ...(p.context as object), scenarioId: 'other' } }),
      'other-scenario',
    ],
    ['an unknown state', (p: Record<string, unknown>) => ({ ...p, value: 'scoring' }), 'unreadable'],
    ['not an object', () => 'nonsense', 'unreadable'],
  ] as const)('checkSnapshot resumes only %s it can resume', (_name, change, refusal) => {
    const persisted = jsonCopy(midInterview().getPersistedSnapshot());
    const check = checkSnapshot(scenario, change(persisted));
    expect(check).toMatchObject(refusal === null ? { ok: true } : { ok: false, reason: refusal });
  });
});
