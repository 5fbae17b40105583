import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export type FileList = { ok: true; files: string[] } | { ok: false; message: string };

const scenarioFile = /\.ya?ml$/i;

/** The scenario files named on the command line: files as given, folders by their own *.yaml/*.yml (not sub-folders). */
export async function collectScenarioFiles(paths: readonly string[], cwd: string): Promise<FileList> {
  const files: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch(() => null);
    if (info === null) return { ok: false, message: `no such file or folder: ${given}` };
    if (info.isDirectory()) {
      const entries = await readdir(absolute, { withFileTypes: true });
      const names = entries.filter((e) => e.isFile() && scenarioFile.test(e.name)).map((e) => e.name);
      files.push(...names.sort().map((name) => path.join(absolute, name)));
    } else {
      files.push(absolute);
    }
  }
  return { ok: true, files: [...new Set(files)] };
}
