/**
 * Numbered, append-only upgrades of scenario files. Each entry lifts the raw file data from one schemaVersion to
 * the next; the current zod schema then validates the result. To add version 2: write `to-v2.ts` beside this file
 * (a `ScenarioMigration` with `to: 2`), append it to `scenarioMigrations`, and raise `currentSchemaVersion`.
 */
export type RawScenario = Record<string, unknown>;

export type ScenarioMigration = {
  /** The schemaVersion this step produces; it reads version `to - 1`. */
  to: number;
  /** What changed, shown in the README's version history. */
  summary: string;
  up: (data: RawScenario) => RawScenario;
};

/** Version 1 is the first format, so there is nothing to upgrade yet. */
export const scenarioMigrations: readonly ScenarioMigration[] = [];
