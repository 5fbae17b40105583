import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { schemaFile, schemaText } from '@/cli/scenarios-schema';
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
