// Loading the shipped scenario library: the text way (YAML text -> loadScenario, parsing in the page) against
// the data way (build-made data -> loadScenarioData, no YAML parsing). Cold = the first load of all files in a
// fresh process (one child process per sample); warm = later loads in one process. Prints median and p95.
//   npx tsx tests/bench/scenario-load-bench.ts [cold samples, default 9] [warm rounds, default 25]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadScenario } from '@/domain/scenario/load-scenario';
import { loadScenarioData } from '@/domain/scenario/load-scenario-data';
import { prepareScenarioText } from '../../vite-scenario-plugin.ts';

type Way = 'text' | 'data';
// What the app has at hand: the file's text, and the build's module, which holds the data as a JSON string.
type Shipped = { file: string; text: string; dataJson: string };

const root = path.resolve(import.meta.dirname, '../..');

function readShipped(): Shipped[] {
  const names = readdirSync(path.join(root, 'scenarios'))
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  return names.map((name) => {
    const file = `scenarios/${name}`;
    const text = readFileSync(path.join(root, file), 'utf8');
    return { file, text, dataJson: JSON.stringify(prepareScenarioText(text).data) };
  });
}

/** Loads every file one way; returns milliseconds, and fails loudly if a file does not load. */
async function loadAll(way: Way, files: readonly Shipped[]): Promise<number> {
  const start = performance.now();
  for (const { file, text, dataJson } of files) {
    const result =
      way === 'text' ? loadScenario(text, file) : await loadScenarioData(JSON.parse(dataJson), file, () => text);
    if (!result.ok) throw new Error(`${file} did not load: ${result.errors[0]?.message ?? ''}`);
  }
  return performance.now() - start;
}

function stats(samples: readonly number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}

// In the child: the input is read before the clock starts, so only the first load is timed.
async function coldChild(way: Way, inputFile: string): Promise<void> {
  const files = JSON.parse(readFileSync(inputFile, 'utf8')) as Shipped[];
  process.stdout.write(`${await loadAll(way, files)}\n`);
}

function coldSample(way: Way, inputFile: string): number {
  const args = [...process.execArgv, import.meta.filename, '--cold', way, inputFile];
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const ms = Number(run.stdout.trim().split('\n').at(-1));
  if (run.status !== 0 || !Number.isFinite(ms)) throw new Error(`cold ${way} run failed: ${run.stderr}`);
  return ms;
}

async function warmSamples(way: Way, files: readonly Shipped[], rounds: number): Promise<number[]> {
  for (let i = 0; i < 3; i += 1) await loadAll(way, files);
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) samples.push(await loadAll(way, files));
  return samples;
}

const fmt = (ms: number) => `${ms.toFixed(1).padStart(8)} ms`;

function printRow(label: string, text: number[], data: number[]): void {
  const t = stats(text);
  const d = stats(data);
  console.log(`  ${label} text: median ${fmt(t.median)}  p95 ${fmt(t.p95)}`);
  console.log(
    `  ${' '.repeat(label.length)} data: median ${fmt(d.median)}  p95 ${fmt(d.p95)}   text/data ${(t.median / d.median).toFixed(1)}x (median)`,
  );
}

async function main(): Promise<void> {
  const coldRuns = Number(process.argv[2] ?? 9);
  const warmRounds = Number(process.argv[3] ?? 25);
  const prepareStart = performance.now();
  const files = readShipped();
  const prepareMs = performance.now() - prepareStart;
  const dir = mkdtempSync(path.join(tmpdir(), 'scenario-load-bench-'));
  const inputFile = path.join(dir, 'shipped.json');
  writeFileSync(inputFile, JSON.stringify(files));
  const cold: Record<Way, number[]> = { text: [], data: [] };
  try {
    for (let i = 0; i < coldRuns; i += 1)
      for (const way of ['text', 'data'] as const) cold[way].push(coldSample(way, inputFile));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const warm = {
    text: await warmSamples('text', files, warmRounds),
    data: await warmSamples('data', files, warmRounds),
  };
  const kib = files.reduce((sum, f) => sum + f.text.length, 0) / 1024;
  console.log(
    `Loading the ${files.length} shipped scenario files (${kib.toFixed(0)} KiB of YAML), all files per sample`,
  );
  console.log(`  build-time preparation of all files (plugin parse, once per build): ${prepareMs.toFixed(0)} ms`);
  printRow('cold', cold.text, cold.data);
  printRow('warm', warm.text, warm.data);
  console.log(`  (cold: ${coldRuns} fresh processes each; warm: ${warmRounds} rounds after 3 warm-up rounds)`);
}

if (process.argv[2] === '--cold') await coldChild(process.argv[3] === 'data' ? 'data' : 'text', process.argv[4] ?? '');
else await main();
