import type { z } from 'zod';
import type { ProblemPath, ScenarioProblem } from './located-problem';
import { closestName, fieldNamesAt } from './schema-fields';

type Issue = z.core.$ZodIssue;

const nouns: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping of fields',
  array: 'a list',
};

/** How a value from the file reads in a message: text quoted and shortened, lists and mappings named. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  return String(value);
}

function child(data: unknown, segment: string | number): unknown {
  if (data === null || typeof data !== 'object') return undefined;
  return Reflect.get(data, segment);
}

/** A path as a trainer reads it, naming list items by their id when they have one: questions[patch-sla].weight. */
export function formatPath(path: ProblemPath, data: unknown): string {
  let text = '';
  let current = data;
  for (const segment of path) {
    current = child(current, segment);
    if (typeof segment === 'number') {
      const id = child(current, 'id');
      text += `[${typeof id === 'string' && id.trim() !== '' ? id : segment}]`;
    } else {
      text += text === '' ? segment : `.${segment}`;
    }
  }
  return text;
}

function expectedOf(issue: Issue): string {
  if (issue.code === 'invalid_type') return nouns[issue.expected] ?? issue.expected;
  if (issue.code === 'invalid_value') return issue.values.map((v) => JSON.stringify(v)).join(', ');
  if (issue.code === 'invalid_format') return `text matching the pattern (${issue.message})`;
  return issue.message;
}

function sizeMessage(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'array')
    return small ? `needs at least ${limit} item${limit === 1 ? '' : 's'}` : `allows at most ${limit} items`;
  if (issue.origin === 'string') return small ? 'must not be empty' : `must be at most ${limit} characters`;
  const bound = issue.inclusive ? (small ? 'at least' : 'at most') : small ? 'greater than' : 'less than';
  return `must be ${bound} ${limit}, got ${describeValue(issue.input)}`;
}

function valueMessage(issue: Issue): string {
  const got = `got ${describeValue(issue.input)}`;
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_value':
      return `expected ${issue.code === 'invalid_value' && issue.values.length > 1 ? 'one of ' : ''}${expectedOf(issue)}, ${got}`;
    case 'invalid_format':
      return `${got}: ${issue.message}`;
    case 'invalid_union': {
      const options = issue.errors.map((branch) => (branch[0] ? expectedOf(branch[0]) : 'another form'));
      return `expected ${[...new Set(options)].join(' or ')}, ${got}`;
    }
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    default:
      return issue.message;
  }
}

function pathOf(issue: Issue): (string | number)[] {
  return issue.path.filter((s): s is string | number => typeof s !== 'symbol');
}

function prefix(path: ProblemPath, data: unknown): string {
  const where = formatPath(path, data);
  return where === '' ? '' : `${where}: `;
}

function unknownField(path: ProblemPath, key: string, known: readonly string[], data: unknown): ScenarioProblem {
  const guess = closestName(key, known);
  const hint = guess ? ` (did you mean "${guess}"?)` : known.length > 0 ? `; allowed here: ${known.join(', ')}` : '';
  return {
    code: 'unknown-field',
    severity: 'error',
    path: [...path, key],
    atKey: true,
    message: `${prefix(path, data)}unknown field "${key}"${hint}`,
  };
}

function missingField(issue: Issue): { parent: ProblemPath; field: string } | undefined {
  const path = pathOf(issue);
  const field = path.at(-1);
  if (issue.code !== 'invalid_type' || issue.input !== undefined || typeof field !== 'string') return undefined;
  return { parent: path.slice(0, -1), field };
}

/** Turns zod issues into problems whose messages a scenario author can act on. */
export function issuesToProblems(issues: readonly Issue[], schema: z.ZodType, data: unknown): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  // A misspelt required field shows up twice (unknown and missing); the unknown one, with its suggestion, is enough.
  const suggested = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = pathOf(issue);
    const known = fieldNamesAt(schema, path);
    for (const key of issue.keys) {
      problems.push(unknownField(path, key, known, data));
      const guess = closestName(key, known);
      if (guess) suggested.add(JSON.stringify([...path, guess]));
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const missing = missingField(issue);
    if (missing && suggested.has(JSON.stringify([...missing.parent, missing.field]))) continue;
    if (missing) {
      problems.push({
        code: 'missing-field',
        severity: 'error',
        path: missing.parent,
        message: `${prefix(missing.parent, data)}missing required field "${missing.field}"`,
      });
      continue;
    }
    const path = pathOf(issue);
    problems.push({
      code: 'invalid-value',
      severity: 'error',
      path,
      message: `${formatPath(path, data) || 'file'}: ${valueMessage(issue)}`,
    });
  }
  return problems;
}
