// The storage layer in real Chromium: writes 10,000 answers the way the app does, reads them back, aggregates
// the progress page over 1,000 attempts, exports and restores the backup, and times a change reaching a second
// tab. Prints medians and 95th percentiles in milliseconds; asserts nothing.
// Run: npx tsx tests/bench/storage-bench.ts [--attempts 1000] [--answers 10] [--runs 30]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { chromiumArgs, chromiumExecutable } from '../e2e/support/chromium';

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

const root = path.resolve(import.meta.dirname, '../..');
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};

async function buildPage(outDir: string): Promise<void> {
  await build({
    root: path.join(root, 'tests/bench/storage-bench'),
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@': path.join(root, 'src') } },
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((request, response) => {
    const file = path.join(
      dir,
      path.normalize(new URL(request.url ?? '/', 'http://x').pathname).replace(/^[/\\]+/, '') || 'index.html',
    );
    try {
      const body = readFileSync(file.startsWith(dir) && !file.endsWith(path.sep) ? file : path.join(dir, 'index.html'));
      response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        server,
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/index.html`,
      });
    }),
  );
}

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
await buildPage(outDir);
const { server, url } = await serve(outDir);
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
