import type { z } from 'zod';
import { backupError, formatPath, quoteKey, type BackupError } from './backup-errors';

// zod's own messages are written for programmers ("Invalid input: expected number, received string");
// these name the field and say what it should hold, in words a learner or trainer can act on.

const expectedNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number with decimals';
  if (typeof value === 'boolean') return String(value);
  return 'an object';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = Reflect.get(value, key) as unknown;
  }
  return value;
}

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, 8).map((value) => JSON.stringify(value));
  return values.length > 8 ? `${shown.join(', ')}, …` : shown.join(', ');
}

function sizeText(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, bound: string): string {
  const limit = 'maximum' in issue ? issue.maximum : issue.minimum;
  if (issue.origin === 'string') return `${bound} ${String(limit)} characters`;
  if (issue.origin === 'array') return `${bound} ${String(limit)} items`;
  return `${bound} ${String(limit)}`;
}

function formatText(issue: z.core.$ZodIssueInvalidStringFormat): string {
  if (issue.format === 'uuid') return 'must be an id in UUID form, like 0b6f8c1e-2f4a-4c1d-9a8e-5d2b7c3e1f00';
  if (issue.format === 'datetime') return 'must be a UTC time like 2026-01-31T09:30:00.000Z';
  return issue.message && !issue.message.startsWith('Invalid') ? issue.message : 'does not have the expected form';
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const missing = valueAt(root, issue.path) === undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedNames[issue.expected] ?? issue.expected;
      return missing
        ? `is missing (expected ${expected})`
        : `expected ${expected}, got ${describeValue(valueAt(root, issue.path))}`;
    }
    case 'too_big':
      return issue.origin === 'string'
        ? `is too long: ${sizeText(issue, 'at most')}`
        : `is too large: ${sizeText(issue, 'at most')}`;
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1
        ? 'must not be empty'
        : `is too small: ${sizeText(issue, 'at least')}`;
    case 'invalid_format':
      return formatText(issue);
    case 'invalid_value':
      if (missing) return `is missing (expected ${listValues(issue.values)})`;
      return issue.values.length === 1
        ? `must be ${listValues(issue.values)}`
        : `must be one of ${listValues(issue.values)}`;
    case 'unrecognized_keys':
      return `has unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.slice(0, 5).map(quoteKey).join(', ')}`;
    case 'invalid_union': {
      // A discriminated union reports the allowed tags at run time, though its type does not declare them.
      const options: unknown = Reflect.get(issue, 'options');
      return Array.isArray(options) ? `must be one of ${listValues(options)}` : 'does not match any allowed form';
    }
    default:
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : 'is not valid here';
  }
}

/** Turns zod issues into located, readable problems: "data.answers[12].result.score: expected a number, got text". */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[], root: unknown): BackupError[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path);
    return backupError('invalid-field', path, `${path || 'the file'}: ${describeIssue(issue, root)}`);
  });
}
