import { currentSchemaVersion } from './scenario-schema';
import type { ScenarioProblem } from './located-problem';
import { scenarioMigrations, type RawScenario, type ScenarioMigration } from './migrations';

export type MigrateResult =
  { ok: true; data: unknown; fromVersion: number } | { ok: false; problems: ScenarioProblem[] };

type Registry = { migrations: readonly ScenarioMigration[]; current: number };

const defaultRegistry: Registry = { migrations: scenarioMigrations, current: currentSchemaVersion };

function isRaw(data: unknown): data is RawScenario {
  return data !== null && typeof data === 'object' && !Array.isArray(data);
}

function versionProblem(message: string, code = 'schema-version'): MigrateResult {
  return { ok: false, problems: [{ code, severity: 'error', path: ['schemaVersion'], message }] };
}

function oldestSupported(registry: Registry): number {
  let oldest = registry.current;
  while (registry.migrations.some((m) => m.to === oldest)) oldest -= 1;
  return oldest;
}

/** Checks schemaVersion and upgrades older raw file data step by step to the current version. */
export function migrateScenario(data: unknown, registry: Registry = defaultRegistry): MigrateResult {
  // Anything that is not a mapping is left to the schema, which explains the expected shape.
  if (!isRaw(data) || data.schemaVersion === undefined) return { ok: true, data, fromVersion: registry.current };
  const version = data.schemaVersion;
  const oldest = oldestSupported(registry);
  const supported = `supported: ${oldest === registry.current ? oldest : `${oldest} to ${registry.current}`}`;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return versionProblem(`schemaVersion: expected a whole number, got ${JSON.stringify(version)} (${supported})`);
  }
  if (version > registry.current) {
    return versionProblem(
      `schemaVersion ${version} is newer than this app understands (${supported}); update the app or write the file for version ${registry.current}`,
    );
  }
  if (version < oldest) return versionProblem(`schemaVersion ${version} is not supported (${supported})`);
  let current: RawScenario = data;
  for (let next = version + 1; next <= registry.current; next += 1) {
    const step = registry.migrations.find((m) => m.to === next);
    if (!step) return versionProblem(`no upgrade from schemaVersion ${next - 1} to ${next}`);
    current = { ...step.up(current), schemaVersion: next };
  }
  return { ok: true, data: current, fromVersion: version };
}
