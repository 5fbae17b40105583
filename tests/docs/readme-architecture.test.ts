import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const architecture = readme.slice(readme.indexOf('## Architecture'), readme.indexOf('### Where state lives'));
const diagram = architecture.slice(architecture.indexOf('```'), architecture.lastIndexOf('```'));

const foldersOf = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

// The diagram is how a newcomer finds their way: a folder missing from it is a folder nobody finds.
describe("the README's layer diagram", () => {
  it.each(foldersOf('src'))('names src/%s/', (folder) => {
    expect(diagram).toMatch(new RegExp(`^  ${folder}/ `, 'm'));
  });

  it.each(foldersOf('src/domain'))('names src/domain/%s/', (folder) => {
    expect(diagram).toMatch(new RegExp(`^    ${folder}/ `, 'm'));
  });

  it.each(foldersOf('src/features'))('names the feature %s/', (folder) => {
    expect(diagram).toMatch(new RegExp(`^  features/ .*\\b${folder}/`, 'm'));
  });
});
