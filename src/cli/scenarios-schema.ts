import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { scenarioJsonSchema } from '@/domain/scenario/scenario-json-schema';

/** Where the published JSON Schema lives, relative to the project root. */
export const schemaFile = path.join('scenarios', 'scenario.schema.json');

/** The JSON Schema file's exact text, so the committed copy can be compared byte for byte. */
export function schemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

/** Writes the schema, or with verify only compares; returns whether the file on disk was already current. */
export async function writeSchema(cwd: string, verify: boolean): Promise<{ current: boolean; file: string }> {
  const file = path.join(cwd, schemaFile);
  const wanted = schemaText();
  const existing = await readFile(file, 'utf8').catch(() => null);
  const current = existing === wanted;
  if (!verify && !current) await writeFile(file, wanted, 'utf8');
  return { current, file: schemaFile };
}
