import { checkScenarioData, failure, internalFailure, locateCheck, type ScenarioOutcome } from './check-scenario';
import { loadScenario } from './load-scenario';
import { parseScenarioText } from './scenario-source';

/**
 * A scenario file whose YAML was turned into plain data ahead of time (the app's build does this for the
 * built-in files). When that was not possible, `syntaxError` or `textOnly` says why and `data` is null.
 */
export type PreparedScenario = {
  file: string;
  data: unknown;
  /** The YAML does not parse; the text pipeline reports the located error. */
  syntaxError?: string;
  /** The YAML parses to values plain data cannot carry (self-referring aliases, binary, sets). */
  textOnly?: string;
  /** The file's text, read only when a problem must be placed in it. */
  loadText: () => Promise<string>;
};

/**
 * Loads parsed file data through the same checks as loadScenario, with the same result; the text is read
 * and parsed only when there are problems to locate.
 */
export async function loadScenarioData(
  data: unknown,
  file: string,
  loadText: () => string | Promise<string>,
): Promise<ScenarioOutcome> {
  try {
    const check = checkScenarioData(data, file);
    if (check.ok && check.problems.length === 0) return { ok: true, scenario: check.scenario, warnings: [] };
    const parsed = parseScenarioText(await loadText(), file);
    if (!parsed.ok) return failure(parsed.errors);
    return locateCheck(check, parsed.source);
  } catch (error) {
    return internalFailure(file, error);
  }
}

/** Loads a prepared scenario file: from its data when it has some, else from its text. */
export async function loadPreparedScenario(prepared: PreparedScenario): Promise<ScenarioOutcome> {
  const { file, loadText } = prepared;
  if (prepared.syntaxError === undefined && prepared.textOnly === undefined)
    return loadScenarioData(prepared.data, file, loadText);
  try {
    const loaded = loadScenario(await loadText(), file);
    return loaded.ok ? { ok: true, scenario: loaded.scenario, warnings: loaded.warnings } : loaded;
  } catch (error) {
    return internalFailure(file, error);
  }
}
