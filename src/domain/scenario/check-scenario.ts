import { lintScenario } from './lint-scenario';
import { sortProblems, type LocatedProblem, type ScenarioProblem } from './located-problem';
import { migrateScenario } from './migrate-scenario';
import type { Scenario } from './scenario-schema';
import { locateProblems, type ScenarioSource } from './scenario-source';
import { validateScenarioData } from './validate-scenario';

/**
 * The pipeline's verdict on parsed file data, before anything is placed in the file. Refused data (unknown
 * version, wrong shape, broken ids) has only errors; accepted data has its lint findings, errors and warnings.
 */
export type ScenarioCheck =
  { ok: true; scenario: Scenario; problems: ScenarioProblem[] } | { ok: false; problems: ScenarioProblem[] };

/** A loaded scenario or its located errors, without the parsed document. */
export type ScenarioOutcome = { ok: true; scenario: Scenario; warnings: LocatedProblem[] } | ScenarioRefusal;

/** A scenario kept from learners, with what is wrong (errors) and what else deserves attention (warnings). */
export type ScenarioRefusal = { ok: false; errors: LocatedProblem[]; warnings: LocatedProblem[] };

function fileNameProblem(scenario: Scenario, file: string): ScenarioProblem[] {
  const name = file.split(/[\\/]/).pop() ?? file;
  const stem = name.replace(/\.ya?ml$/i, '');
  if (stem === name || stem === scenario.id) return [];
  const message = `id "${scenario.id}" differs from the file name "${name}"; name the file ${scenario.id}.yaml`;
  return [{ code: 'file-name', severity: 'warning', path: ['id'], message }];
}

/** Migrates, validates, cross-checks and lints parsed file data; the problems keep their paths. */
export function checkScenarioData(data: unknown, file: string): ScenarioCheck {
  const migrated = migrateScenario(data);
  if (!migrated.ok) return { ok: false, problems: migrated.problems };
  const validated = validateScenarioData(migrated.data);
  if (!validated.ok) return validated;
  const { scenario } = validated;
  return { ok: true, scenario, problems: [...lintScenario(scenario), ...fileNameProblem(scenario, file)] };
}

/** A refusal with its problems in reading order. */
export function failure(errors: readonly LocatedProblem[], warnings: readonly LocatedProblem[] = []): ScenarioRefusal {
  return { ok: false, errors: sortProblems(errors), warnings: sortProblems(warnings) };
}

/** Places a check's problems in the parsed file; any error keeps the scenario from learners. */
export function locateCheck(check: ScenarioCheck, source: ScenarioSource): ScenarioOutcome {
  const found = locateProblems(source, check.problems);
  if (!check.ok) return failure(found);
  const errors = found.filter((p) => p.severity === 'error');
  const warnings = found.filter((p) => p.severity === 'warning');
  if (errors.length > 0) return failure(errors, warnings);
  return { ok: true, scenario: check.scenario, warnings: sortProblems(warnings) };
}

/** A defect in the pipeline must not take the app down: the file is refused with the reason at 1:1. */
export function internalFailure(file: string, error: unknown): ScenarioRefusal {
  const message = `could not read this scenario (${error instanceof Error ? error.message : String(error)})`;
  return failure([{ file, line: 1, column: 1, message, severity: 'error', code: 'internal' }]);
}
