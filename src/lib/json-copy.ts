/**
 * A deep copy as JSON carries it: undefined fields and functions are dropped, so the copy is what a backup file or a
 * JSON round trip gives back.
 */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
