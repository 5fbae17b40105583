// The storage layer in real Chromium: writes 10,000 answers the way the app does, reads them back, aggregates
// the progress page over 1,000 attempts, exports and restores the backup, and times a change reaching a second
// tab. Prints medians and 95th percentiles in milliseconds; asserts nothing.
// Run: npx tsx tests/bench/storage-bench.ts [--attempts 1000] [--answers 10] [--runs 30]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../e2e/support/chromium';
import { buildBenchPage, numberOption, serveBenchPage } from './support/bench-page';

type Figure = { runs: number; median: number; p95: number };
type BenchResult = {
  answers: number;
  attempts: number;
  write: { total: number; perAnswer: Figure };
  readAll: Figure;
  readOne: Figure;
  aggregation: Figure;
  fromAnswers: Figure;
  progressPage: Figure;
  backup: {
    megabytes: number;
    exportMs: number;
    parseMs: number;
    restoreMs: number;
    restoreAgainMs: number;
    added: number;
    addedAgain: number;
  };
  usage: { supported: false } | { supported: true; usageBytes: number; quotaBytes: number };
  persistence: string;
};
type BenchWindow = {
  storageBench: {
    run(options: { attempts: number; answersPerAttempt: number; aggregationRuns: number }): Promise<BenchResult>;
    waitForChange(name: string): Promise<number>;
    writeOnce(name: string): Promise<number>;
  };
};

const option = numberOption;

async function crossTabDelay(first: Page, second: Page): Promise<number> {
  const name = `bench-tabs-${Date.now()}`;
  const seen = second.evaluate((db) => (window as unknown as BenchWindow).storageBench.waitForChange(db), name);
  await second.waitForTimeout(100);
  const written = await first.evaluate((db) => (window as unknown as BenchWindow).storageBench.writeOnce(db), name);
  return (await seen) - written;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const line = (label: string, f: Figure) =>
  console.log(
    `  ${label.padEnd(52)} median ${ms(f.median).padStart(10)}   p95 ${ms(f.p95).padStart(10)}   (${f.runs} runs)`,
  );

function report(result: BenchResult, tabs: number): void {
  console.log(`Storage in Chromium (IndexedDB via Dexie): ${result.attempts} attempts, ${result.answers} answers`);
  console.log(
    `  write ${result.answers} answers one transaction each (answer + snapshot): ${(result.write.total / 1000).toFixed(1)} s in all`,
  );
  line('  saveAnswer, per answer', result.write.perAnswer);
  line(`read back all ${result.answers} answers of the learner`, result.readAll);
  line("read one attempt's answers", result.readOne);
  line(`aggregateProgress over ${result.attempts} attempts (target < 100 ms)`, result.aggregation);
  line('progress page data from digests (loadProgress)', result.progressPage);
  line('for comparison: read every answer, then aggregate', result.fromAnswers);
  const b = result.backup;
  console.log(
    `  backup of everything: ${b.megabytes.toFixed(1)} MB; export ${ms(b.exportMs)}, parse + validate ${ms(b.parseMs)}`,
  );
  console.log(
    `  restore into an empty database: ${ms(b.restoreMs)} (${b.added} answers added); same file again: ${ms(b.restoreAgainMs)} (${b.addedAgain} added)`,
  );
  console.log(`  a write in one tab seen by another tab ${ms(tabs)} after it began`);
  if (result.usage.supported)
    console.log(
      `  storage estimate afterwards: ${(result.usage.usageBytes / 1024 / 1024).toFixed(1)} MB used of ${(result.usage.quotaBytes / 1024 / 1024 / 1024).toFixed(1)} GB`,
    );
  console.log(`  persistent storage request: ${result.persistence}`);
}

const outDir = mkdtempSync(path.join(tmpdir(), 'storage-bench-'));
await buildBenchPage('storage-bench', outDir);
const { server, url } = await serveBenchPage(outDir);
const browser = await chromium.launch({
  executablePath: await chromiumExecutable(),
  args: chromiumArgs,
  headless: true,
});
try {
  const context = await browser.newContext();
  const [page, other] = [await context.newPage(), await context.newPage()];
  await Promise.all([page.goto(url), other.goto(url)]);
  const options = {
    attempts: option('attempts', 1_000),
    answersPerAttempt: option('answers', 10),
    aggregationRuns: option('runs', 30),
  };
  const result = await page.evaluate((o) => (window as unknown as BenchWindow).storageBench.run(o), options);
  report(result, await crossTabDelay(page, other));
} finally {
  await browser.close();
  server.close();
  rmSync(outDir, { recursive: true, force: true });
}
