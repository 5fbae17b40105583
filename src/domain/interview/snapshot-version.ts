/**
 * The version of the interview machine, stamped into every snapshot's context. Raise it whenever a change
 * to the chart (state names and nesting) or to the context's shape would make an older snapshot resume
 * wrongly, and add a step below from the previous version, or none, so such snapshots are refused.
 */
export const interviewMachineVersion = 2;

type PersistedShape = { value: unknown; context: Record<string, unknown> } & Record<string, unknown>;

/** Steps from a version to the next, as pure functions of the persisted snapshot. */
export const snapshotMigrations: Readonly<Record<number, (snapshot: PersistedShape) => PersistedShape>> = {
  // Version 1 snapshots were stored before the machine stamped its version; their shape is version 2's.
  1: (snapshot) => ({ ...snapshot, context: { ...snapshot.context, machineVersion: 2 } }),
};

/** The machine version a persisted snapshot names; snapshots from before the stamp are version 1. */
export function machineVersionOf(context: Record<string, unknown>): number | undefined {
  const version = context.machineVersion === undefined ? 1 : context.machineVersion;
  return Number.isInteger(version) && (version as number) >= 1 ? (version as number) : undefined;
}

export type { PersistedShape };
