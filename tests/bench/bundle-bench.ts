// Builds the app and a bare React hello-world with the same Vite settings, and compares the gzipped
// JavaScript each needs for its first page.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type Manifest } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');
const out = path.join(root, 'dist-bench');
const target = 'es2022';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The JS files the built index.html loads before anything runs: its module script and modulepreloads. */
function initialScripts(distDir: string): string[] {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)];
  return refs.map((match) => match[1]!.replace(/^\//, ''));
}

/** A chunk and everything it imports statically, as output file names. */
function chunkClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const dep of chunk.imports ?? []) chunkClosure(manifest, dep, seen);
  return seen;
}

async function buildApp() {
  const outDir = path.join(out, 'app');
  await build({ root, logLevel: 'warn', build: { outDir, manifest: true, emptyOutDir: true } });
  const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const shell = new Set(initialScripts(outDir));
  const home = chunkClosure(manifest, 'src/features/home/home-page.tsx');
  const firstPage = new Set([...shell, ...home]);
  const size = (files: Set<string>) => [...files].reduce((sum, file) => sum + gz(path.join(outDir, file)), 0);
  return { shell: size(shell), firstPage: size(firstPage), files: firstPage.size };
}

async function buildHelloWorld() {
  const dir = path.join(out, 'hello-src');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><div id="root"></div><script type="module" src="/main.tsx"></script>',
  );
  writeFileSync(
    path.join(dir, 'main.tsx'),
    "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')!).render(<h1>Hello, world</h1>);\n",
  );
  const outDir = path.join(out, 'hello');
  await build({
    root: dir,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    resolve: {
      alias: { react: path.join(root, 'node_modules/react'), 'react-dom': path.join(root, 'node_modules/react-dom') },
    },
    build: { outDir, target, emptyOutDir: true },
  });
  return initialScripts(outDir).reduce((sum, file) => sum + gz(path.join(outDir, file)), 0);
}

const app = await buildApp();
const floor = await buildHelloWorld();
rmSync(out, { recursive: true, force: true });

console.log('First-page JavaScript, gzip level 9');
console.log(`  shell (index.html scripts + modulepreloads): ${kb(app.shell)}`);
console.log(`  first page (shell + start page chunk, ${app.files} files): ${kb(app.firstPage)}`);
console.log(`  floor (bare React hello-world, same Vite settings): ${kb(floor)}`);
console.log(`  ratio shell / floor: ${(app.shell / floor).toFixed(2)}x (target <= 1.50x)`);
console.log(`  ratio first page / floor: ${(app.firstPage / floor).toFixed(2)}x`);
