// A validating scan of JSON text, run before JSON.parse: it finds the first syntax error with its exact
// position and a plain reason (engines word and place these differently, some not at all), and it stops
// runaway nesting before any parser recurses into it.

export type JsonScanProblem = { kind: 'syntax' | 'too-deep'; offset: number; reason: string };

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const whitespace = /[ \t\n\r]*/y;
// JSON forbids raw control characters inside strings, so the pattern has to name them.
// eslint-disable-next-line no-control-regex
const simpleString = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const literal = /true|false|null/y;

const reasons = {
  end: 'the text ends too early; the file may be cut off',
  value: 'expected a value here (text in double quotes, a number, true, false, null, an object or a list)',
  key: 'expected a field name in double quotes',
  colon: 'expected ":" after the field name',
  after: 'unexpected text after the end of the data',
  objectNext: 'expected "," or "}" here',
  arrayNext: 'expected "," or "]" here',
  unclosed: 'a text in double quotes is not closed',
  control: 'a line break or control character inside a text in double quotes (write it as \\n)',
  escape: 'an unknown escape after a backslash',
} as const;

function matchAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** Why a string starting at `at` does not scan: the position and reason of its first fault. */
function stringFault(text: string, at: number): JsonScanProblem {
  for (let i = at + 1; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20) return { kind: 'syntax', offset: i, reason: reasons.control };
    if (text[i] === '\\') {
      if (matchAt(/\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y, text, i) < 0)
        return { kind: 'syntax', offset: i, reason: reasons.escape };
      i += text[i + 1] === 'u' ? 5 : 1;
    }
  }
  return { kind: 'syntax', offset: at, reason: reasons.unclosed };
}

/** Scans a primitive value at `at`; returns where it ends, or a problem. */
function scanScalar(text: string, at: number): number | JsonScanProblem {
  if (text[at] === '"') {
    const end = matchAt(simpleString, text, at);
    return end >= 0 ? end : stringFault(text, at);
  }
  const end = Math.max(matchAt(number, text, at), matchAt(literal, text, at));
  return end >= 0 ? end : { kind: 'syntax', offset: at, reason: reasons.value };
}

type Scan = { text: string; at: number; state: Expect; stack: string[]; maxDepth: number };

const fail = (scan: Scan, reason: string): JsonScanProblem => ({ kind: 'syntax', offset: scan.at, reason });

function afterValue(scan: Scan): void {
  scan.state = scan.stack.length > 0 ? 'comma-or-close' : 'end';
}

/** Between values: a colon, a comma, or the bracket that closes the open container. */
function punctuation(scan: Scan, char: string): JsonScanProblem | undefined {
  const inObject = scan.stack.at(-1) === '{';
  if (scan.state === 'end') return fail(scan, reasons.after);
  if (scan.state === 'colon') {
    if (char !== ':') return fail(scan, reasons.colon);
    scan.state = 'value';
  } else if (char === ',') {
    scan.state = inObject ? 'key' : 'value';
  } else if (char === (inObject ? '}' : ']')) {
    scan.stack.pop();
    afterValue(scan);
  } else {
    return fail(scan, inObject ? reasons.objectNext : reasons.arrayNext);
  }
  scan.at += 1;
  return undefined;
}

/** Where a value or a field name is due: an opening bracket, a scalar, a key, or an empty container's close. */
function value(scan: Scan, char: string): JsonScanProblem | undefined {
  if ((scan.state === 'key-or-close' && char === '}') || (scan.state === 'value-or-close' && char === ']')) {
    scan.stack.pop();
    scan.at += 1;
    afterValue(scan);
    return undefined;
  }
  const isKey = scan.state === 'key' || scan.state === 'key-or-close';
  if (isKey && char !== '"') return fail(scan, reasons.key);
  if (!isKey && (char === '{' || char === '[')) {
    scan.stack.push(char);
    if (scan.stack.length > scan.maxDepth)
      return { kind: 'too-deep', offset: scan.at, reason: `the data is nested more than ${scan.maxDepth} levels deep` };
    scan.at += 1;
    scan.state = char === '{' ? 'key-or-close' : 'value-or-close';
    return undefined;
  }
  const end = scanScalar(scan.text, scan.at);
  if (typeof end !== 'number') return end;
  scan.at = end;
  if (isKey) scan.state = 'colon';
  else afterValue(scan);
  return undefined;
}

/** The first syntax problem in `text`, or undefined when it is well-formed JSON nested at most `maxDepth` deep. */
export function scanJson(text: string, maxDepth: number): JsonScanProblem | undefined {
  const scan: Scan = { text, at: 0, state: 'value', stack: [], maxDepth };
  for (;;) {
    scan.at = matchAt(whitespace, text, scan.at);
    if (scan.at >= text.length) return scan.state === 'end' ? undefined : fail(scan, reasons.end);
    const char = text[scan.at]!;
    const pending = scan.state === 'end' || scan.state === 'colon' || scan.state === 'comma-or-close';
    const problem = pending ? punctuation(scan, char) : value(scan, char);
    if (problem) return problem;
  }
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
