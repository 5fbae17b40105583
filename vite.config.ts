/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { scenarioPlugin } from './vite-scenario-plugin.ts';
import { serviceWorkerPlugin } from './vite-service-worker-plugin.ts';

/** The production policy: no inline or remote script, nothing loaded from another origin. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

// The dev server needs inline scripts for hot reload, so the policy is only written into built pages.
// A <meta> policy governs only what the page loads after it, so it goes first in <head>, before the
// entry script and module preloads Vite adds.
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'mat-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// Test folders of pure code: they run in plain Node, every other test folder in jsdom. research/ is pure code too.
const nodeTestDirs = ['domain', 'cli', 'lint', 'bench', 'pwa', 'docs'];
const nodeTests = [...nodeTestDirs.map((dir) => `tests/${dir}/**/*.test.ts`), 'research/**/*.test.ts'];

const securityHeaders = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    scenarioPlugin(),
    serviceWorkerPlugin(
      fileURLToPath(new URL('./src/pwa/service-worker.js', import.meta.url)),
      fileURLToPath(new URL('./public', import.meta.url)),
    ),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: false },
  preview: { headers: securityHeaders },
  test: {
    restoreMocks: true,
    // Pure code runs in plain Node; only what renders or uses browser storage pays for jsdom.
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: nodeTests },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: [...nodeTestDirs.map((dir) => `tests/${dir}/**`), 'tests/e2e/**', 'node_modules/**'],
        },
      },
    ],
  },
});
