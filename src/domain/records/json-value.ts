import { z } from 'zod';
import { jsonValueLimits } from './limits';

/** Keys that, copied carelessly into an object, would change its prototype. No stored value needs them. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

type Limits = { maxDepth: number; maxStringChars: number; maxChars: number };
type Visit = { value: unknown; depth: number; path: (string | number)[] };
type Report = (issue: z.core.$ZodRawIssue) => void;

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Why a value is not data that JSON carries unchanged, or undefined when it is. */
function notJson(value: unknown, inList: boolean): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      if (Object.is(value, -0)) return 'is -0, which JSON writes as 0';
      return Number.isFinite(value) ? undefined : `is ${String(value)}, which JSON cannot hold`;
    case 'undefined':
      return inList ? 'is undefined inside a list, which JSON turns into null' : undefined;
    case 'object':
      return value === null || Array.isArray(value) || isPlainObject(value) ? undefined : 'is not plain data';
    default:
      return `is a ${typeof value}, which JSON cannot hold`;
  }
}

function entriesOf(visit: Visit): Visit[] {
  const { value, depth, path } = visit;
  if (Array.isArray(value))
    return value.map((item: unknown, index) => ({ value: item, depth: depth + 1, path: [...path, index] }));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).map(([key, item]: [string, unknown]) => ({
      value: item,
      depth: depth + 1,
      path: [...path, key],
    }));
  return [];
}

// A lower bound of the JSON text's length: quotes, separators and brackets, no escapes.
function jsonChars(value: unknown, key: string | number | undefined): number {
  const keyChars = typeof key === 'string' ? key.length + 3 : 1;
  if (typeof value === 'string') return keyChars + value.length + 2;
  if (value !== null && typeof value === 'object') return keyChars + 2;
  return keyChars + String(value).length;
}

function checkVisit(visit: Visit, limits: Limits, report: Report): boolean {
  const { value, depth, path } = visit;
  const key = path.at(-1);
  if (typeof key === 'string' && forbiddenKeys.has(key)) {
    report({ code: 'custom', path, input: value, message: `the field name ${JSON.stringify(key)} is not allowed` });
    return false;
  }
  const wrong = notJson(value, typeof key === 'number');
  if (wrong) {
    report({ code: 'custom', path, input: value, message: wrong });
    return false;
  }
  if (typeof value === 'string' && value.length > limits.maxStringChars) {
    report({ code: 'too_big', origin: 'string', maximum: limits.maxStringChars, inclusive: true, path, input: value });
    return false;
  }
  if (value !== null && typeof value === 'object' && depth > limits.maxDepth) {
    report({ code: 'custom', path, input: value, message: `is nested more than ${limits.maxDepth} levels deep` });
    return false;
  }
  return true;
}

/**
 * Checks free-form JSON without recursion: only data JSON keeps as it is (no functions, dates, NaN, holes),
 * no forbidden keys, strings, nesting and total size within the limits. Reports located zod issues.
 */
export function checkJsonValue(root: unknown, report: Report, limits: Limits = jsonValueLimits): void {
  const pending: Visit[] = [{ value: root, depth: root !== null && typeof root === 'object' ? 1 : 0, path: [] }];
  let chars = 0;
  while (pending.length > 0) {
    const visit = pending.pop()!;
    if (!checkVisit(visit, limits, report)) return;
    chars += jsonChars(visit.value, visit.path.at(-1));
    if (chars > limits.maxChars) {
      const message = `is too large: more than ${limits.maxChars} characters of JSON`;
      return report({ code: 'custom', path: [], input: root, message, params: { tooLarge: true } });
    }
    const children = entriesOf(visit);
    for (let i = children.length - 1; i >= 0; i -= 1) pending.push(children[i]!);
  }
}

/** Free-form JSON kept inside a record (a machine snapshot, a setting's value), bounded so any backup can hold it. */
export const jsonValueSchema = z
  .unknown()
  .superRefine((value, ctx) => checkJsonValue(value, (issue) => ctx.addIssue(issue)));

/**
 * A copy with every string cut to `maxChars`. For snapshots stored before their texts were bounded: an answer
 * that long was never saved as an answer record, and the rest of the snapshot stays readable.
 */
export function cutLongStrings(value: unknown, maxChars: number = jsonValueLimits.maxStringChars): unknown {
  if (typeof value === 'string') return value.length > maxChars ? value.slice(0, maxChars) : value;
  if (Array.isArray(value)) return value.map((item: unknown) => cutLongStrings(item, maxChars));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cutLongStrings(item, maxChars)]));
}
