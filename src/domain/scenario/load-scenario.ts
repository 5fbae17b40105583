import { checkScenarioData, failure, internalFailure, locateCheck } from './check-scenario';
import type { LocatedProblem } from './located-problem';
import type { Scenario } from './scenario-schema';
import { parseScenarioText, type ScenarioSource } from './scenario-source';

export type LoadResult =
  | { ok: true; scenario: Scenario; warnings: LocatedProblem[]; source: ScenarioSource }
  | { ok: false; errors: LocatedProblem[]; warnings: LocatedProblem[] };

function loadUnsafe(text: string, file: string): LoadResult {
  const parsed = parseScenarioText(text, file);
  if (!parsed.ok) return failure(parsed.errors);
  const { source } = parsed;
  const outcome = locateCheck(checkScenarioData(source.data, file), source);
  return outcome.ok ? { ...outcome, source } : outcome;
}

/** The one way in for scenario text: parse, check the version and migrate, validate, cross-check, lint. */
export function loadScenario(text: string, file: string): LoadResult {
  try {
    return loadUnsafe(text, file);
  } catch (error) {
    return internalFailure(file, error);
  }
}
