// Lighthouse on every route of the production build, desktop and mobile (Lighthouse's own presets, simulated
// throttling): performance, accessibility and best practices as 0-100 scores. Figures only; the end-to-end
// suite asserts best practices (tests/e2e/lighthouse.spec.ts).
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build, preview } from 'vite';
import { describeBrowser, chromiumExecutable } from '../e2e/support/chromium';
import {
  launchForLighthouse,
  runLighthouse,
  type FormFactor,
  type LighthouseCategory,
} from '../e2e/support/lighthouse';
import { appRoutes } from '../e2e/support/routes';

const root = path.resolve(import.meta.dirname, '../..');
const outDir = path.join(root, 'dist-bench-lighthouse');
const categories: LighthouseCategory[] = ['performance', 'accessibility', 'best-practices'];
const formFactors: FormFactor[] = ['desktop', 'mobile'];

const score = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : String(Math.round(value * 100));
const cell = (text: string, width: number) => text.padStart(width);

await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
const address = server.httpServer.address();
if (address === null || typeof address === 'string') throw new Error('the preview server has no port');
const origin = `http://127.0.0.1:${address.port}`;
const browser = await launchForLighthouse();
try {
  console.log(`Lighthouse ${categories.join(' / ')} per route (${describeBrowser(await chromiumExecutable())})`);
  console.log(`${'route'.padEnd(16)}${formFactors.map((f) => cell(`${f}: perf  a11y  best`, 26)).join('')}`);
  for (const route of appRoutes) {
    const figures: string[] = [];
    for (const formFactor of formFactors) {
      const lhr = await runLighthouse(`${origin}${route.path}`, { port: browser.port, formFactor, categories });
      figures.push(cell(categories.map((category) => cell(score(lhr.categories[category]?.score), 4)).join('  '), 26));
    }
    console.log(`${route.path.padEnd(16)}${figures.join('')}`);
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  rmSync(outDir, { recursive: true, force: true });
}
