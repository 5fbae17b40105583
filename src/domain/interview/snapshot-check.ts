import type { Scenario } from '@/domain/scenario/scenario-schema';
import { interviewMachineVersion, machineVersionOf, snapshotMigrations, type PersistedShape } from './snapshot-version';

const restingStates = ['introduction', 'feedback', 'wrapUp'];

/** Why a stored snapshot cannot be resumed by this machine. */
export const snapshotRefusals = [
  'newer-machine',
  'older-machine',
  'other-scenario',
  'scenario-changed',
  'unreadable',
] as const;
export type SnapshotRefusal = (typeof snapshotRefusals)[number];

export type SnapshotCheck = { ok: true; snapshot: PersistedShape } | { ok: false; reason: SnapshotRefusal };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRestingValue(value: unknown): boolean {
  if (typeof value === 'string') return restingStates.includes(value);
  return isObject(value) && (value.asking === 'main' || value.asking === 'probe');
}

/** The machine a snapshot is checked against: its version and the steps up to it (tests pass their own). */
export type MachineVersioning = { version: number; migrations: typeof snapshotMigrations };
const currentMachine: MachineVersioning = { version: interviewMachineVersion, migrations: snapshotMigrations };

function migrate(snapshot: PersistedShape, from: number, machine: MachineVersioning): PersistedShape | undefined {
  let current = snapshot;
  for (let version = from; version < machine.version; version += 1) {
    const step = machine.migrations[version];
    if (!step) return undefined;
    current = step(current);
  }
  return current;
}

/**
 * Whether a stored snapshot can be resumed by this scenario's machine, migrated to the current machine
 * version when it is older: refused when a newer or an unmigratable older machine wrote it, when it belongs
 * to another scenario or another version of this one (its questions may be gone), or when it rests in no
 * state this machine knows.
 */
export function checkSnapshot(
  scenario: Scenario,
  persisted: unknown,
  machine: MachineVersioning = currentMachine,
): SnapshotCheck {
  if (!isObject(persisted) || !isObject(persisted.context)) return { ok: false, reason: 'unreadable' };
  const { context } = persisted;
  if (context.scenarioId !== scenario.id) return { ok: false, reason: 'other-scenario' };
  const version = machineVersionOf(context);
  if (version === undefined) return { ok: false, reason: 'unreadable' };
  if (version > machine.version) return { ok: false, reason: 'newer-machine' };
  const snapshot = migrate({ ...persisted, value: persisted.value, context }, version, machine);
  if (!snapshot) return { ok: false, reason: 'older-machine' };
  if (snapshot.context.scenarioVersion !== scenario.version) return { ok: false, reason: 'scenario-changed' };
  if (!Array.isArray(snapshot.context.transcript) || !isRestingValue(snapshot.value))
    return { ok: false, reason: 'unreadable' };
  return { ok: true, snapshot };
}

/** Whether checkSnapshot accepts the stored snapshot. */
export function isSnapshotFor(scenario: Scenario, persisted: unknown): boolean {
  return checkSnapshot(scenario, persisted).ok;
}
