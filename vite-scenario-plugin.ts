// Turns `*.yaml?scenario` imports into modules holding the file's YAML as plain data, so the app checks
// scenarios without parsing YAML in the browser. The text stays one dynamic import away, loaded only when a
// problem must be placed in the file. Only node built-ins and 'yaml' here: the config bundler knows no '@/'.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { parseDocument } from 'yaml';

/** The default export of a `*.yaml?scenario` module, minus `loadText` (see PreparedScenario in src/domain/scenario). */
export type PreparedFile = { data: unknown; syntaxError?: string; textOnly?: string };

const scenarioQuery = 'scenario';

/** Why a value cannot travel as JSON exactly, or undefined when it can. */
function jsonProblem(value: unknown, ancestors: Set<object>): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number')
    return Number.isFinite(value) && !Object.is(value, -0) ? undefined : 'a number JSON cannot hold';
  if (typeof value !== 'object') return `a value of type ${typeof value}`;
  if (ancestors.has(value)) return 'an alias that refers to itself';
  const prototype: unknown = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null)
    return 'a value that is not a list or mapping';
  ancestors.add(value);
  for (const child of Object.values(value)) {
    const problem = jsonProblem(child, ancestors);
    if (problem !== undefined) return problem;
  }
  ancestors.delete(value);
  return undefined;
}

/** Parses scenario YAML exactly as parseScenarioText does, keeping only the data (or why there is none). */
export function prepareScenarioText(text: string): PreparedFile {
  // Same options as parseScenarioText in src/domain/scenario/scenario-source.ts; a test holds them equal.
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const [error] = document.errors;
  if (error !== undefined) return { data: null, syntaxError: error.message };
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 50 });
  } catch (caught) {
    return { data: null, syntaxError: caught instanceof Error ? caught.message : String(caught) };
  }
  const textOnly = jsonProblem(data, new Set());
  return textOnly === undefined ? { data } : { data: null, textOnly };
}

/** The source of the module for one scenario file; `textImport` is the specifier of the file's `?raw` import. */
export function scenarioModuleCode(text: string, file: string, textImport: string): string {
  const { data, ...reasons } = prepareScenarioText(text);
  // JSON.parse of one string literal is quicker for engines than the same data as an object literal.
  const dataCode = data === null ? 'null' : `JSON.parse(${JSON.stringify(JSON.stringify(data))})`;
  const fields = Object.entries(reasons).map(([key, value]) => `  ${key}: ${JSON.stringify(value)},\n`);
  return [
    'export default {\n',
    `  file: ${JSON.stringify(file)},\n`,
    `  data: ${dataCode},\n`,
    ...fields,
    `  loadText: () => import(${JSON.stringify(textImport)}).then((m) => m.default),\n`,
    '};\n',
  ].join('');
}

function scenarioFilePath(id: string): string | undefined {
  const [file = '', query] = id.split('?', 2);
  if (query === undefined || !/\.ya?ml$/i.test(file)) return undefined;
  return new URLSearchParams(query).has(scenarioQuery) ? file : undefined;
}

/** Serves `<file>.yaml?scenario` imports (also through import.meta.glob with `query: '?scenario'`). */
export function scenarioPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'mat-scenario-data',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async load(id) {
      const filePath = scenarioFilePath(id);
      if (filePath === undefined) return null;
      this.addWatchFile(filePath);
      const text = await readFile(filePath, 'utf8');
      const file = path.relative(root, filePath).split(path.sep).join('/');
      return { code: scenarioModuleCode(text, file, `./${path.basename(filePath)}?raw`), map: null };
    },
  };
}
