import type { Position } from './interview-types';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The question or probe a stored (persisted) snapshot is asking, or null when it asks none or is not an
 * interview snapshot. Reads the stored JSON defensively: it may come from an older version.
 */
export function persistedPosition(persisted: unknown): Pick<Position, 'questionId' | 'probeId' | 'attempt'> | null {
  if (!isObject(persisted) || !isObject(persisted.context)) return null;
  const { position } = persisted.context;
  if (!isObject(position)) return null;
  const { questionId, probeId, attempt } = position;
  if (typeof questionId !== 'string' || typeof attempt !== 'number') return null;
  if (probeId !== null && typeof probeId !== 'string') return null;
  return { questionId, probeId, attempt };
}
