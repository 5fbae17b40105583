export * from './locale';
export * from './located-problem';
export * from './scenario-schema';
export {
  parseScenarioText,
  locatePath,
  locateProblems,
  type ScenarioSource,
  type ParseResult,
} from './scenario-source';
export { validateScenarioData, type ValidateDataResult } from './validate-scenario';
export { checkCrossReferences } from './cross-references';
export { migrateScenario, type MigrateResult } from './migrate-scenario';
export { lintScenario, lintCodes } from './lint-scenario';
export { loadScenario, type LoadResult } from './load-scenario';
export { loadScenarioData, loadPreparedScenario, type PreparedScenario } from './load-scenario-data';
export {
  checkScenarioData,
  locateCheck,
  type ScenarioCheck,
  type ScenarioOutcome,
  type ScenarioRefusal,
} from './check-scenario';
export { questionScorer, scoringInputFor, type QuestionScorer } from './question-scorer';
export { runSamples, type SampleOutcome, type SampleExpectation, type SampleActual } from './run-samples';
export { scenarioJsonSchema } from './scenario-json-schema';
