import { describe, expect, it } from 'vitest';
import { migrateScenario } from '@/domain/scenario/migrate-scenario';
import { scenarioMigrations, type ScenarioMigration } from '@/domain/scenario/migrations';
import { currentSchemaVersion } from '@/domain/scenario/scenario-schema';

describe('migrateScenario with the shipped registry', () => {
  it('has a numbered step for every version after the first', () => {
    expect(scenarioMigrations.map((m) => m.to)).toEqual(
      Array.from({ length: currentSchemaVersion - 1 }, (_, i) => i + 2),
    );
  });

  it('passes current files through unchanged', () => {
    const data = { schemaVersion: currentSchemaVersion, id: 'x' };
    expect(migrateScenario(data)).toEqual({ ok: true, data, fromVersion: currentSchemaVersion });
  });

  it.each([
    [currentSchemaVersion + 1, 'is newer than this app understands'],
    [0, 'schemaVersion 0 is not supported'],
    [1.5, 'expected a whole number, got 1.5'],
    ['1', 'expected a whole number, got "1"'],
  ])('refuses schemaVersion %j with a clear message', (schemaVersion, message) => {
    const result = migrateScenario({ schemaVersion });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ path: ['schemaVersion'], severity: 'error' });
    expect(result.problems[0]?.message).toContain(message);
  });

  it.each([[null], [[1, 2]], [{ id: 'no-version' }]])('leaves %j to the schema, which explains the shape', (data) => {
    expect(migrateScenario(data)).toMatchObject({ ok: true, data });
  });
});

describe('migrateScenario with a future registry', () => {
  const toV2: ScenarioMigration = {
    to: 2,
    summary: 'rename intro',
    up: ({ intro, ...rest }) => ({ ...rest, introduction: intro }),
  };
  const toV3: ScenarioMigration = { to: 3, summary: 'add persona', up: (data) => ({ ...data, persona: 'friendly' }) };
  const registry = { migrations: [toV2, toV3], current: 3 };

  it('applies each step in order from the file version', () => {
    const result = migrateScenario({ schemaVersion: 1, intro: 'hi' }, registry);
    expect(result).toEqual({
      ok: true,
      fromVersion: 1,
      data: { schemaVersion: 3, introduction: 'hi', persona: 'friendly' },
    });
  });

  it('starts from the middle for a version 2 file', () => {
    expect(migrateScenario({ schemaVersion: 2, introduction: 'hi' }, registry)).toEqual({
      ok: true,
      fromVersion: 2,
      data: { schemaVersion: 3, introduction: 'hi', persona: 'friendly' },
    });
  });

  it('names the supported range when a file is too new', () => {
    const result = migrateScenario({ schemaVersion: 4 }, registry);
    expect(!result.ok && result.problems[0]?.message).toContain('supported: 1 to 3');
  });
});
