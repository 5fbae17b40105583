import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadPreparedScenario, loadScenarioData, type PreparedScenario } from '@/domain/scenario/load-scenario-data';
import { loadScenario, type LoadResult } from '@/domain/scenario/load-scenario';
import { parseScenarioText } from '@/domain/scenario/scenario-source';
import { prepareScenarioText } from '../../../vite-scenario-plugin';
import { fixtureText, projectRoot } from './scenario-test-helpers';

// The modules the app's build makes, here made by the same plugin through vitest.
const shipped = import.meta.glob<PreparedScenario>('/scenarios/*.yaml', {
  query: '?scenario',
  import: 'default',
  eager: true,
});
const fixtures = import.meta.glob<PreparedScenario>('./fixtures/**/*.yaml', {
  query: '?scenario',
  import: 'default',
  eager: true,
});
const modules = Object.values({ ...shipped, ...fixtures }).map((m) => [m.file, m] as const);

const textOf = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');

function withoutSource(result: LoadResult) {
  if (!result.ok) return result;
  const { source: _source, ...rest } = result;
  return rest;
}

function prepared(text: string, file = 'scenarios/x.yaml'): PreparedScenario {
  return { file, ...prepareScenarioText(text), loadText: async () => text };
}

describe('the scenario modules', () => {
  it('cover the eight shipped files and every fixture', () => {
    expect(Object.keys(shipped)).toHaveLength(8);
    expect(modules.map(([file]) => file)).toContain('tests/domain/scenario/fixtures/broken/yaml-syntax.yaml');
    expect(modules.length).toBeGreaterThanOrEqual(8 + 2 + 25);
  });

  it.each(modules)('%s: carries data exactly as parseScenarioText reads the text', (file, module) => {
    const parsed = parseScenarioText(textOf(file), file);
    expect(module.textOnly).toBeUndefined();
    if (parsed.ok) expect([module.data, module.syntaxError]).toStrictEqual([parsed.source.data, undefined]);
    else expect(module).toMatchObject({ data: null, syntaxError: expect.any(String) });
  });

  it.each(modules)('%s: loads to the same result from data as from text', async (file, module) => {
    const text = textOf(file);
    const expected = withoutSource(loadScenario(text, file));
    expect(await loadPreparedScenario(module)).toStrictEqual(expected);
    if (module.syntaxError === undefined)
      expect(await loadScenarioData(module.data, file, () => text)).toStrictEqual(expected);
  });

  it.each(modules)('%s: reads the text from its module', async (file, module) => {
    expect(await module.loadText()).toBe(textOf(file));
  });
});

describe('loadScenarioData', () => {
  const minimal = fixtureText('minimal.yaml');
  const deadEnd = minimal.replace('  - id: restore-test\n', '  - id: restore-test\n    next: backup-schedule\n');

  it.each([
    ['a clean file', minimal, 'minimal.yaml', 0],
    ['a file with a warning', minimal, 'backup.yaml', 1],
    ['a file with a lint error', deadEnd, 'minimal.yaml', 1],
    ['a file the schema refuses', minimal.replace('schemaVersion: 1', 'schemaVersion: 9'), 'minimal.yaml', 1],
  ])('%s: reads the text %i time(s)', async (_name, text, file, reads) => {
    const loadText = vi.fn(() => text);
    const { data } = prepareScenarioText(text);
    expect(await loadScenarioData(data, file, loadText)).toStrictEqual(withoutSource(loadScenario(text, file)));
    expect(loadText).toHaveBeenCalledTimes(reads);
  });

  it('refuses the file at 1:1 when its text cannot be read to place a problem', async () => {
    const { data } = prepareScenarioText(deadEnd);
    const result = await loadScenarioData(data, 'minimal.yaml', () => Promise.reject(new Error('offline')));
    expect(result).toMatchObject({
      ok: false,
      errors: [{ line: 1, column: 1, code: 'internal', message: 'could not read this scenario (offline)' }],
    });
  });
});

describe('prepared files the build cannot carry as data', () => {
  it.each([
    ['a self-referring alias', 'id: &a\n  x: *a\n', 'textOnly'],
    ['an infinite number', `${fixtureText('minimal.yaml')}\nextra: .inf\n`, 'textOnly'],
    ['binary data', 'id: !!binary aGVsbG8=\n', 'textOnly'],
    ['an unclosed list', 'id: [a\n', 'syntaxError'],
    ['too many aliases', `a: &a [x, x, x, x, x, x, x, x]\nb: &b [${Array(60).fill('*a').join(', ')}]\n`, 'syntaxError'],
  ])('%s: has no data (%s) and loads from its text', async (_name, text, reason) => {
    const file = prepared(text);
    expect(file).toMatchObject({ data: null, [reason]: expect.any(String) });
    expect(await loadPreparedScenario(file)).toStrictEqual(withoutSource(loadScenario(text, file.file)));
  });

  it.each([
    ['an empty file', ''],
    ['a null document', '~\n'],
    ['a __proto__ key', '__proto__:\n  polluted: true\nid: x\n'],
    ['a negative zero', 'schemaVersion: -0\n'],
  ])('%s: loads as from its text', async (_name, text) => {
    expect(await loadPreparedScenario(prepared(text))).toStrictEqual(
      withoutSource(loadScenario(text, 'scenarios/x.yaml')),
    );
  });
});
