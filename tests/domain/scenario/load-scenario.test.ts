import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadScenario } from '@/domain/scenario/load-scenario';
import { jsonCopy } from '@/lib/json-copy';
import { fixtureText } from './scenario-test-helpers';

describe('loadScenario', () => {
  it('loads the minimal fixture with defaults filled in and no warnings', () => {
    const result = loadScenario(fixtureText('minimal.yaml'), 'tests/minimal.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.scenario).toMatchObject({
      id: 'minimal',
      probeLimit: 2,
      persona: 'friendly',
      grading: { conformity: 80, minorNc: 25 },
    });
    expect(result.scenario.questions[1]?.controls).toEqual([]);
  });

  it('loads hostile text as plain data, unchanged', () => {
    const result = loadScenario(fixtureText('hostile.yaml'), 'hostile.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { scenario } = result;
    expect(scenario.title.en).toBe("<script>alert('title')</script> Hostile text");
    expect(scenario.summary.en).toContain('javascript:alert(1)');
    expect(scenario.summary.en).toContain('&lt;b&gt;');
    expect(scenario.interviewee?.en).toContain('\u202Eevil\u202C');
    expect(scenario.interviewee?.de).toContain('\u200B');
    expect(scenario.questions[0]?.samples[0]?.text).toBe("<script>alert('sample')</script>");
  });

  it('warns when the file name does not match the id', () => {
    const result = loadScenario(fixtureText('minimal.yaml'), 'scenarios/backup.yaml');
    expect(result.ok && result.warnings.map((w) => [w.code, w.line, w.message])).toEqual([
      ['file-name', 4, 'id "minimal" differs from the file name "backup.yaml"; name the file minimal.yaml'],
    ]);
  });

  it('refuses a scenario with a lint error and still returns its warnings', () => {
    const text = fixtureText('minimal.yaml').replace(
      '  - id: restore-test\n',
      '  - id: restore-test\n    next: backup-schedule\n',
    );
    const result = loadScenario(text, 'minimal.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.line, e.column])).toEqual([['dead-end', 75, 11]]);
  });

  it.each([
    ['an empty file', '', 'expected a mapping of fields, got an empty value'],
    ['plain text', 'just some words', 'expected a mapping of fields, got "just some words"'],
    ['a scalar list', '- 1\n- 2\n', 'expected a mapping of fields, got a list'],
  ])('explains %s at 1:1', (_name, text, message) => {
    const result = loadScenario(text, 'x.yaml');
    expect(!result.ok && result.errors.map((e) => [e.line, e.column, e.message])).toEqual([[1, 1, `file: ${message}`]]);
  });
});

describe('loadScenario on arbitrary input', () => {
  const minimalData: unknown = parse(fixtureText('minimal.yaml'));

  function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
    if (value === null || typeof value !== 'object') return [prefix];
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    return [prefix, ...entries.flatMap(([key, child]) => paths(child, [...prefix, key]))];
  }
  const allPaths = paths(minimalData).filter((p) => p.length > 0);

  function replaceAt(data: unknown, path: (string | number)[], replacement: unknown): unknown {
    const copy = jsonCopy(data);
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((node, key) => (node && typeof node === 'object' ? Reflect.get(node, key) : undefined), copy);
    if (parent && typeof parent === 'object') Reflect.set(parent, path.at(-1) ?? '', replacement);
    return copy;
  }

  function expectWellFormed(result: ReturnType<typeof loadScenario>) {
    const problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
    for (const p of problems) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(p.message.length).toBeGreaterThan(0);
      expect(p.code).not.toBe('internal');
    }
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  }

  it('never throws on random text and always locates its errors', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => expectWellFormed(loadScenario(text, 'x.yaml'))),
      { numRuns: 300 },
    );
  }, 30_000);

  it('never throws when any one value of a valid scenario is replaced by something else', () => {
    const replacement = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('restore-test', 'backup-policy', 'show-report', 'end', 'any', [], {}),
    );
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), replacement, (path, value) => {
        expectWellFormed(loadScenario(stringify(replaceAt(minimalData, path, value)), 'minimal.yaml'));
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
