import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

// A day-old Last-Modified and no Cache-Control, as plain static hosts send (nginx's defaults): browsers may
// reuse such a file for a while without asking. Vary: Origin as vite preview sends it.
const lastModified = new Date(Date.now() - 86_400_000).toUTCString();

export type ReleaseServer = {
  url: string;
  /** Serves this folder from now on, as a deployment replaces the files on a host. */
  deploy: (root: string) => void;
  /** Paths that answer 404 whichever release is deployed. */
  hide: (pattern: RegExp) => void;
  /** Stops listening and drops open connections: the server is gone, not merely slow. */
  stop: () => Promise<void>;
};

/** A static host for built releases on the loopback interface; addresses without a file get index.html. */
export async function serveRelease(root: string): Promise<ReleaseServer> {
  let current = root;
  const hidden: RegExp[] = [];
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.join(current, path.normalize(pathname));
    const extension = path.extname(pathname);
    const target = extension ? file : path.join(current, 'index.html');
    const headers = { 'Last-Modified': lastModified, Vary: 'Origin' };
    if (!file.startsWith(current) || hidden.some((pattern) => pattern.test(pathname))) {
      response.writeHead(404, headers).end();
      return;
    }
    readFile(target).then(
      (body) =>
        response.writeHead(200, { ...headers, 'Content-Type': contentTypes[path.extname(target)] ?? '' }).end(body),
      () => response.writeHead(404, headers).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deploy: (next) => (current = next),
    hide: (pattern) => hidden.push(pattern),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
