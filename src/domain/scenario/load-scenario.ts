import { lintScenario } from './lint-scenario';
import { sortProblems, type LocatedProblem, type ScenarioProblem } from './located-problem';
import { migrateScenario } from './migrate-scenario';
import type { Scenario } from './scenario-schema';
import { locateProblems, parseScenarioText, type ScenarioSource } from './scenario-source';
import { validateScenario } from './validate-scenario';

export type LoadResult =
  | { ok: true; scenario: Scenario; warnings: LocatedProblem[]; source: ScenarioSource }
  | { ok: false; errors: LocatedProblem[]; warnings: LocatedProblem[] };

function fileNameProblem(scenario: Scenario, file: string): ScenarioProblem[] {
  const name = file.split(/[\\/]/).pop() ?? file;
  const stem = name.replace(/\.ya?ml$/i, '');
  if (stem === name || stem === scenario.id) return [];
  const message = `id "${scenario.id}" differs from the file name "${name}"; name the file ${scenario.id}.yaml`;
  return [{ code: 'file-name', severity: 'warning', path: ['id'], message }];
}

function failure(errors: LocatedProblem[], warnings: LocatedProblem[] = []): LoadResult {
  return { ok: false, errors: sortProblems(errors), warnings: sortProblems(warnings) };
}

function loadUnsafe(text: string, file: string): LoadResult {
  const parsed = parseScenarioText(text, file);
  if (!parsed.ok) return failure(parsed.errors);
  const { source } = parsed;
  const migrated = migrateScenario(source.data);
  if (!migrated.ok) return failure(locateProblems(source, migrated.problems));
  const validated = validateScenario(migrated.data, source);
  if (!validated.ok) return failure(validated.errors);
  const { scenario } = validated;
  const found = locateProblems(source, [...lintScenario(scenario), ...fileNameProblem(scenario, file)]);
  const errors = found.filter((p) => p.severity === 'error');
  const warnings = found.filter((p) => p.severity === 'warning');
  if (errors.length > 0) return failure(errors, warnings);
  return { ok: true, scenario, warnings: sortProblems(warnings), source };
}

/** The one way in for scenario files: parse, check the version and migrate, validate, cross-check, lint. */
export function loadScenario(text: string, file: string): LoadResult {
  try {
    return loadUnsafe(text, file);
  } catch (error) {
    // A defect in the pipeline must not take the app down; the file is refused with the reason.
    const message = `could not read this scenario (${error instanceof Error ? error.message : String(error)})`;
    return failure([{ file, line: 1, column: 1, message, severity: 'error', code: 'internal' }]);
  }
}
