import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { schemaFile, schemaText } from '@/cli/scenarios-schema';
import type { gradingSchema } from '@/domain/scenario/scenario-schema';
import type { HelpFor } from '@/domain/scenario/scenario-schema-docs';
import { fixtureText, projectRoot } from './scenario-test-helpers';

const scenariosDir = path.join(projectRoot, 'scenarios');
const shipped = readdirSync(scenariosDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();
const committed = readFileSync(path.join(projectRoot, schemaFile), 'utf8');
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(committed));

function errorsOf(data: unknown): string[] {
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('the published JSON Schema', () => {
  it('is what `npm run scenarios -- schema` generates now (run it after changing the zod schema)', () => {
    expect(committed).toBe(schemaText());
  });

  it.skipIf(shipped.length === 0).each(shipped)('validates the shipped scenario %s', (name) => {
    expect(errorsOf(parse(readFileSync(path.join(scenariosDir, name), 'utf8')))).toEqual([]);
  });

  it.each(shipped)('%s starts with the yaml-language-server line', (name) => {
    const firstLine = readFileSync(path.join(scenariosDir, name), 'utf8').split('\n')[0];
    expect(firstLine).toBe('# yaml-language-server: $schema=./scenario.schema.json');
  });

  it.each(['minimal.yaml', 'hostile.yaml'])('validates the fixture %s', (name) => {
    expect(errorsOf(parse(fixtureText(name)))).toEqual([]);
  });

  type MinimalJson = { questions: { followUps: { if: object }[] }[]; [field: string]: unknown };
  const withoutQuestions = ({ questions: _questions, ...rest }: MinimalJson) => rest;
  const emptyCondition = (data: MinimalJson) => {
    const rule = data.questions[0]?.followUps[0];
    if (rule) rule.if = {};
    return data;
  };

  it.each([
    ['an unknown field', (data: MinimalJson) => ({ ...data, colour: 'red' }), 'must NOT have additional properties'],
    ['a missing field', withoutQuestions, "must have required property 'questions'"],
    ['a wrong schemaVersion', (data: MinimalJson) => ({ ...data, schemaVersion: 2 }), 'must be equal to constant'],
    ['an empty follow-up condition', emptyCondition, 'must NOT have fewer than 1 properties'],
  ])('rejects %s', (_name, change, message) => {
    const data: MinimalJson = parse(fixtureText('minimal.yaml'));
    expect(errorsOf(change(data)).join('\n')).toContain(message);
  });
});

describe('field help (fieldDescriptions)', () => {
  it('is typed against the zod schema: a missing or unknown field does not compile', () => {
    const complete: HelpFor<typeof gradingSchema> = { conformity: 'a', ofi: 'b', observation: 'c', minorNc: 'd' };
    // @ts-expect-error minorNc has no help text
    const missing: HelpFor<typeof gradingSchema> = { conformity: 'a', ofi: 'b', observation: 'c' };
    // @ts-expect-error "threshold" is not a field of the schema
    const unknown: HelpFor<typeof gradingSchema> = { ...complete, threshold: 'e' };
    expect([complete, missing, unknown]).toHaveLength(3);
  });

  it('gives every property of every object in the published schema a description', () => {
    const undescribed: string[] = [];
    const visit = (node: unknown, where: string): void => {
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      const properties = record.properties as Record<string, { description?: string }> | undefined;
      const isText = where.endsWith('LocalizedText') || where.endsWith('LocalizedPhrases');
      for (const [field, property] of Object.entries(properties ?? {}))
        if (!isText && !property.description) undescribed.push(`${where}.${field}`);
      for (const [key, value] of Object.entries(record)) visit(value, `${where}/${key}`);
    };
    visit(JSON.parse(committed), '#');
    expect(undescribed).toEqual([]);
  });
});
