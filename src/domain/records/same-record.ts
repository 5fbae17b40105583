function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function definedKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined);
}

/**
 * Deep equality of two stored or parsed records. Key order does not count, and a key holding undefined counts as
 * absent (IndexedDB keeps such keys, JSON drops them).
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  // === counts 0 and -0 as one (JSON writes -0 as 0); Object.is counts NaN as itself.
  if (a === b || Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => sameRecord(item, b[index]));
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = definedKeys(a);
  if (keys.length !== definedKeys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameRecord(a[key], b[key]));
}
