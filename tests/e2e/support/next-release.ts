import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Plugin } from 'vite';

const projectRoot = path.resolve(import.meta.dirname, '../../..');

/** The release the end-to-end run builds first (npm run test:e2e). */
export const builtRelease = path.join(projectRoot, 'dist');

// The entry module changes, so every chunk that imports it gets a new name, as in a real release; pages of
// the new release say so on <html data-release="next">.
const releaseMark: Plugin = {
  name: 'e2e-next-release-mark',
  transform: (code, id) =>
    id.endsWith('/src/main.tsx') ? `${code}\ndocument.documentElement.dataset.release = 'next';\n` : null,
};

/** Builds the app again into a temporary folder as the next release; returns the folder and a clean-up. */
export async function buildNextRelease(): Promise<{ root: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'mat-next-release-'));
  const { build } = await import('vite');
  await build({
    root: projectRoot,
    configFile: path.join(projectRoot, 'vite.config.ts'),
    logLevel: 'warn',
    plugins: [releaseMark],
    build: { outDir: root, emptyOutDir: true },
  });
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}
