// What the browser benches share: their command-line options, the build of a bench page folder with the app's
// sources, and a static server for it on a free loopback port.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { build } from 'vite';

export const repositoryRoot = path.resolve(import.meta.dirname, '../../..');

/** `--name <number>` from the command line, or the fallback. */
export function numberOption(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

/** Builds tests/bench/<folder> (its index.html and script) into outDir, production mode, `@` as in the app. */
export async function buildBenchPage(folder: string, outDir: string): Promise<void> {
  await build({
    root: path.join(repositoryRoot, 'tests/bench', folder),
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    resolve: { alias: { '@': path.join(repositoryRoot, 'src') } },
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}

const contentTypes: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves dir on 127.0.0.1 (paths outside it and folders get index.html); resolves with the page's URL. */
export function serveBenchPage(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const name = path.normalize(new URL(request.url ?? '/', 'http://x').pathname).replace(/^[/\\]+/, '');
    const file = path.join(dir, name || 'index.html');
    try {
      const body = readFileSync(file.startsWith(dir) && !file.endsWith(path.sep) ? file : path.join(dir, 'index.html'));
      response.writeHead(200, { 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/index.html` });
    }),
  );
}
