// In real headless Chromium, against the production build: how long after a keystroke the practice-mode
// coach panel shows the scoring of the new text, with a 300-word answer in the field.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumArgs, chromiumExecutable } from '../e2e/support/chromium';

const root = path.resolve(import.meta.dirname, '../..');
const outDir = path.join(root, 'dist-bench-coach');
const keystrokes = 120;
const words =
  'we scan every new server against the CIS benchmark with OpenSCAP before go-live and track drift monthly'.split(' ');
const answer300 = Array.from({ length: 299 }, (_, i) => words[i % words.length]).join(' ');

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({
  root,
  logLevel: 'warn',
  build: { outDir },
  preview: { port: 4391, strictPort: true, host: '127.0.0.1' },
});
const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.goto('http://127.0.0.1:4391/rehearse');
  await page.getByLabel('Your name').fill('Bench');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await page.getByRole('link', { name: 'Configuration hardening', exact: true }).click();
  await page.getByRole('button', { name: 'Start interview' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  const field = page.getByRole('textbox', { name: 'Your answer' });
  await field.fill(answer300);
  await page.waitForSelector(`aside[data-scored-length="${answer300.length}"]`);

  // Measured in the page: from the keydown event to the mutation that shows the new length in the panel.
  await page.evaluate(() => {
    const w = window as unknown as { latencies: number[]; pressedAt: number };
    w.latencies = [];
    const panel = document.querySelector('aside[data-scored-length]')!;
    const textarea = document.querySelector('textarea')!;
    textarea.addEventListener('keydown', () => (w.pressedAt = performance.now()), { capture: true });
    new MutationObserver(() => {
      if (Number(panel.getAttribute('data-scored-length')) === textarea.value.length && w.pressedAt) {
        w.latencies.push(performance.now() - w.pressedAt);
        w.pressedAt = 0;
      }
    }).observe(panel, { attributes: true, attributeFilter: ['data-scored-length'] });
  });
  await field.press('End');
  for (let i = 0; i < keystrokes; i++) {
    const before = await field.evaluate((el: HTMLTextAreaElement) => el.value.length);
    await page.keyboard.press(i % 6 === 5 ? 'Space' : 'a');
    await page.waitForSelector(`aside[data-scored-length="${before + 1}"]`);
  }
  const latencies = (await page.evaluate(() => (window as unknown as { latencies: number[] }).latencies)).sort(
    (a, b) => a - b,
  );
  const wordsNow = (await field.inputValue()).split(/\s+/).length;
  console.log(
    `Coach panel update after a keystroke (${latencies.length} keystrokes, answer of ${wordsNow} words, headless Chromium)`,
  );
  console.log(
    `  median: ${percentile(latencies, 0.5).toFixed(2)} ms   p95: ${percentile(latencies, 0.95).toFixed(2)} ms   max: ${latencies.at(-1)!.toFixed(2)} ms`,
  );
  console.log(`  target: median within 16 ms (one frame at 60 Hz)`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  rmSync(outDir, { recursive: true, force: true });
}
