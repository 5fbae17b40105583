/**
 * The canonical JSON text of plain data, the bytes a readiness report's signature covers: object keys sorted by
 * UTF-16 code units (JavaScript's default sort), no whitespace, strings and numbers exactly as JSON.stringify
 * writes them, `undefined` fields left out. Two equal values give the same text whatever their key order, so a
 * file re-indented or re-ordered by an editor still verifies, while any changed value does not.
 * Throws on values JSON cannot carry (functions, symbols, bigints, non-finite numbers, cycles).
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, open: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: a number must be finite');
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`canonicalJson: cannot write a ${typeof value}`);
  }
  if (open.has(value)) throw new TypeError('canonicalJson: the value refers to itself');
  open.add(value);
  try {
    if (Array.isArray(value))
      return `[${value.map((item: unknown) => (item === undefined ? 'null' : write(item, open))).join(',')}]`;
    const keys = Object.keys(value)
      .filter((key) => Reflect.get(value, key) !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${write(Reflect.get(value, key), open)}`).join(',')}}`;
  } finally {
    open.delete(value);
  }
}

/** The canonical text as UTF-8 bytes, what is signed and verified. */
export function canonicalBytes(value: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(value));
}
