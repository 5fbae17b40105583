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
      if (matchAt(/\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y, text, i) < 0) return { kind: 'syntax', offset: i, reason: reasons.escape };
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

/** The first syntax problem in `text`, or undefined when it is well-formed JSON nested at most `maxDepth` deep. */
export function scanJson(text: string, maxDepth: number): JsonScanProblem | undefined {
  const stack: string[] = [];
  let state: Expect = 'value';
  let at = 0;
  const fail = (reason: string): JsonScanProblem => ({ kind: 'syntax', offset: at, reason });
  for (;;) {
    at = matchAt(whitespace, text, at);
    if (at >= text.length) return state === 'end' ? undefined : fail(reasons.end);
    const char = text[at];
    const inObject = stack.at(-1) === '{';
    if (state === 'end') return fail(reasons.after);
    if (state === 'colon') {
      if (char !== ':') return fail(reasons.colon);
      at += 1;
      state = 'value';
    } else if (state === 'comma-or-close') {
      if (char === ',') state = inObject ? 'key' : 'value';
      else if (char === (inObject ? '}' : ']')) stack.pop();
      else return fail(inObject ? reasons.objectNext : reasons.arrayNext);
      at += 1;
      if (char !== ',') state = stack.length > 0 ? 'comma-or-close' : 'end';
    } else if ((state === 'key-or-close' && char === '}') || (state === 'value-or-close' && char === ']')) {
      stack.pop();
      at += 1;
      state = stack.length > 0 ? 'comma-or-close' : 'end';
    } else if (state === 'key' || state === 'key-or-close') {
      if (char !== '"') return fail(reasons.key);
      const end = scanScalar(text, at);
      if (typeof end !== 'number') return end;
      at = end;
      state = 'colon';
    } else if (char === '{' || char === '[') {
      stack.push(char);
      if (stack.length > maxDepth)
        return { kind: 'too-deep', offset: at, reason: `the data is nested more than ${maxDepth} levels deep` };
      at += 1;
      state = char === '{' ? 'key-or-close' : 'value-or-close';
    } else {
      const end = scanScalar(text, at);
      if (typeof end !== 'number') return end;
      at = end;
      state = stack.length > 0 ? 'comma-or-close' : 'end';
    }
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
