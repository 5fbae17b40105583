import { checkCrossReferences } from './cross-references';
import { issuesToProblems } from './issue-message';
import type { ScenarioProblem } from './located-problem';
import { scenarioSchema, type Scenario } from './scenario-schema';

export type ValidateDataResult = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

/** Checks (already migrated) file data against the scenario schema and its cross-references; problems keep their paths. */
export function validateScenarioData(data: unknown): ValidateDataResult {
  const parsed = scenarioSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: issuesToProblems(parsed.error.issues, scenarioSchema, data) };
  // Id checks need a well-formed scenario, so they only run once the shape is right.
  const problems = checkCrossReferences(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, scenario: parsed.data };
}
