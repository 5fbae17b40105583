import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineAndColumn, scanJson } from '@/domain/backup/json-scan';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('scanJson', () => {
  it.each([['{}'], ['[]'], [' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} '], ['"just text"'], ['0']])(
    'accepts %s',
    (text) => {
      expect(scanJson(text, 64)).toBeUndefined();
    },
  );

  it.each([
    ['{"a": 01}', 7, /expected "," or "}"/],
    ['[1 2]', 3, /expected "," or "]"/],
    ['{"a": tru}', 6, /expected a value/],
    ['{"a": "\\x"}', 7, /unknown escape/],
    ['{"a": "open', 6, /not closed/],
    ['{} {}', 3, /after the end/],
    ['{"a" 1}', 5, /expected ":"/],
    ['', 0, /ends too early/],
  ])('finds the fault in %j at offset %i', (text, offset, reason) => {
    const problem = scanJson(text, 64);
    expect(problem?.offset).toBe(offset);
    expect(problem?.reason).toMatch(reason);
  });

  it('stops at the depth limit without recursing', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(scanJson(deep, 64)).toMatchObject({ kind: 'too-deep', offset: 64 });
  });

  it('agrees with JSON.parse on any JSON value', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'small' }), (text) => scanJson(text, 1_000) === undefined),
      { numRuns: 500 },
    );
  }, 30_000);

  it('agrees with JSON.parse on damaged JSON', () => {
    const damaged = fc
      .tuple(fc.json(), fc.nat(), fc.string({ maxLength: 3 }), fc.nat({ max: 3 }))
      .map(([text, at, insert, remove]) => {
        const cut = at % (text.length + 1);
        return text.slice(0, cut) + insert + text.slice(cut + remove);
      });
    fc.assert(
      fc.property(damaged, (text) => (scanJson(text, 1_000) === undefined) === parses(text)),
      { numRuns: 1_000 },
    );
  }, 30_000);
});

describe('lineAndColumn', () => {
  it.each([
    ['abc', 0, { line: 1, column: 1 }],
    ['abc', 2, { line: 1, column: 3 }],
    ['a\nbc', 2, { line: 2, column: 1 }],
    ['a\n\nbc\n', 5, { line: 3, column: 3 }],
  ])('places offset %i of %j', (text, offset, expected) => {
    expect(lineAndColumn(text, offset)).toEqual(expected);
  });
});
