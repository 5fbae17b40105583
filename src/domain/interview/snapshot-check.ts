import type { Scenario } from '@/domain/scenario/scenario-schema';

const restingStates = ['introduction', 'feedback', 'wrapUp'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isRestingValue(value: unknown): boolean {
  if (typeof value === 'string') return restingStates.includes(value);
  return isObject(value) && (value.asking === 'main' || value.asking === 'probe');
}

/**
 * Whether a stored snapshot was taken from this scenario and version and rests in a state the machine
 * knows; anything else is started afresh, because a changed scenario may no longer have its questions.
 */
export function isSnapshotFor(scenario: Scenario, persisted: unknown): boolean {
  if (!isObject(persisted) || !isObject(persisted.context)) return false;
  const { context } = persisted;
  return (
    context.scenarioId === scenario.id &&
    context.scenarioVersion === scenario.version &&
    Array.isArray(context.transcript) &&
    isRestingValue(persisted.value)
  );
}
