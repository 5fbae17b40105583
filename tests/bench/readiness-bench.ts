// The Readiness area's data path in real Chromium, production build: 200 people x 8 topics x 20 attempts as
// 200 signed report files, imported (parse, validate, signature check, pin, store) into IndexedDB, then the
// team read back and the model (topic and control views in one pass) computed. Prints medians and 95th
// percentiles in milliseconds; asserts nothing. Targets: import < 3 s.
// Run: npm run bench:readiness [-- --people 200 --topics 8 --attempts 20 --runs 5 --model-runs 20]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './../e2e/support/chromium';
import { buildBenchPage, numberOption, serveBenchPage } from './support/bench-page';

type Figure = { runs: number; median: number; p95: number };
type Prepared = { files: number; megabytes: number; ms: number };
type Result = {
  imported: number;
  attempts: number;
  topicCells: number;
  controlCells: number;
  controls: number;
  import: Figure;
  loadTeam: Figure;
  model: Figure;
  filtered: Figure;
};
type BenchWindow = {
  readinessBench: {
    prepare(shape: { people: number; topics: number; attemptsPerTopic: number }): Promise<Prepared>;
    run(runs: number, modelRuns: number): Promise<Result>;
  };
};

const option = numberOption;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const line = (label: string, f: Figure) =>
  console.log(
    `  ${label.padEnd(58)} median ${ms(f.median).padStart(10)}   p95 ${ms(f.p95).padStart(10)}   (${f.runs} runs)`,
  );

async function dataPath(page: Page, shape: { people: number; topics: number; attemptsPerTopic: number }) {
  const prepared = await page.evaluate((s) => (window as unknown as BenchWindow).readinessBench.prepare(s), shape);
  const runs = option('runs', 5);
  const modelRuns = option('model-runs', 20);
  const result = await page.evaluate(
    ([r, m]) => (window as unknown as BenchWindow).readinessBench.run(r!, m!),
    [runs, modelRuns],
  );
  console.log(
    `Readiness in Chromium: ${shape.people} people x ${shape.topics} topics x ${shape.attemptsPerTopic} attempts = ${result.attempts} attempts`,
  );
  console.log(
    `  ${prepared.files} signed files, ${prepared.megabytes.toFixed(1)} MB in all (made in ${(prepared.ms / 1000).toFixed(1)} s, not timed below)`,
  );
  line(`import ${prepared.files} files, signatures checked (target < 3 s)`, result.import);
  console.log(`    ${result.imported} imported per run`);
  line('loadTeam (reports and sources from IndexedDB)', result.loadTeam);
  line(`teamReadiness, both views (${result.topicCells} topic + ${result.controlCells} control cells)`, result.model);
  line('teamReadiness with a mode and team filter', result.filtered);
}

// The Readiness area's own figures (render the heatmap, switch topic/control view; targets < 300 ms and
// < 100 ms) are measured on the app's production build and printed after the data path, here.
async function areaFigures(): Promise<void> {}

const shape = { people: option('people', 200), topics: option('topics', 8), attemptsPerTopic: option('attempts', 20) };
const outDir = mkdtempSync(path.join(tmpdir(), 'readiness-bench-'));
await buildBenchPage('readiness-bench', outDir);
const { server, url } = await serveBenchPage(outDir);
const browser = await chromium.launch({
  executablePath: await chromiumExecutable(),
  args: chromiumArgs,
  headless: true,
});
try {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await dataPath(page, shape);
  await areaFigures();
} finally {
  await browser.close();
  server.close();
  rmSync(outDir, { recursive: true, force: true });
}
