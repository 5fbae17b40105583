import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const cached = /\.(?:html|js|css|json|svg|png|webmanifest|woff2)$/;

/**
 * The worker's source for one release: the template with its list of files to precache and a version
 * (a hash of that list) filled in, so each release gets a cache of its own.
 */
export function serviceWorkerSource(template: string, files: string[]): string {
  const precache = ['/', ...files.map((file) => `/${file}`)].sort();
  const version = createHash('sha256').update(precache.join('\n')).digest('hex').slice(0, 12);
  return template
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace('const precache = __PRECACHE__;', `const precache = ${JSON.stringify(precache)};`);
}

/** Emits sw.js at build time with the list of built and public files to precache for offline use. */
export function serviceWorkerPlugin(sourceFile: string, publicDir: string): Plugin {
  return {
    name: 'mat-service-worker',
    apply: 'build',
    // After the HTML plugin, so the built index.html is in the bundle too.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = [...Object.keys(bundle), ...readdirSync(publicDir)].filter(
        (file) => cached.test(file) && !file.startsWith('.vite/'),
      );
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource(readFileSync(sourceFile, 'utf8'), files),
      });
    },
  };
}
