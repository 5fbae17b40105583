import { z } from 'zod';
import { localizedPhrasesSchema, localizedTextSchema } from './locale';
import { scenarioSchema, scenarioSchemaParts } from './scenario-schema';
import { fieldDescriptions } from './scenario-schema-docs';

// Named parts become $defs, so editors show "EvidenceItem" rather than a nameless object.
function namedParts() {
  const registry = z.registry<{ id: string; title?: string }>();
  const parts = {
    LocalizedText: localizedTextSchema,
    LocalizedPhrases: localizedPhrasesSchema,
    ...scenarioSchemaParts,
  };
  for (const [id, schema] of Object.entries(parts)) registry.add(schema, { id, title: id });
  return registry;
}

type JsonObject = { [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describe(definition: unknown, name: string): void {
  if (!isObject(definition) || !isObject(definition.properties)) return;
  const texts: Record<string, string> = fieldDescriptions[name as keyof typeof fieldDescriptions] ?? {};
  for (const [field, text] of Object.entries(texts)) {
    const property = definition.properties[field];
    if (isObject(property)) property.description = text;
  }
}

/** The JSON Schema of a scenario file as written (defaults optional), with field descriptions for editors. */
export function scenarioJsonSchema(): JsonObject {
  const schema: JsonObject = z.toJSONSchema(scenarioSchema, {
    io: 'input',
    target: 'draft-2020-12',
    metadata: namedParts(),
  });
  const definitions = isObject(schema.$defs) ? schema.$defs : {};
  describe(schema, 'Scenario');
  for (const [name, definition] of Object.entries(definitions)) describe(definition, name);
  // The zod refinement "at least one test" has no JSON Schema form; minProperties says the same.
  const condition = definitions.FollowUpCondition;
  if (isObject(condition)) condition.minProperties = 1;
  return {
    $schema: schema.$schema,
    title: 'Mock Audit Trainer scenario',
    description:
      'One interview scenario: questions, expected evidence, red flags, follow-ups and sample answers. See scenarios/README.md.',
    ...schema,
  };
}
