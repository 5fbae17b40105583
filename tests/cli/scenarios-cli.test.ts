import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '@/cli/scenarios-check';
import { main } from '@/cli/scenarios-main';
import {
  blindScorer,
  captureIo,
  fixtureText,
  fixturesDir,
  minimalScenario,
  obedientScorer,
} from '../domain/scenario/scenario-test-helpers';

const minimalFile = path.join(fixturesDir, 'minimal.yaml');
const scratch = mkdtempSync(path.join(tmpdir(), 'scenarios-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(argv: string[], score = obedientScorer([minimalScenario()]), cwd?: string) {
  const capture = captureIo(score, cwd);
  const code = await main(argv, capture.io);
  return { code, stdout: capture.stdout(), stderr: capture.stderr() };
}

describe('scenarios CLI: usage', () => {
  it.each([
    [[], 'missing command'],
    [['lint'], 'unknown command: lint'],
    [['check', '--fix'], 'unknown option for check: --fix'],
    [['schema', 'out.json'], 'unexpected argument for schema: out.json'],
    [['check', 'no/such/folder'], 'no such file or folder: no/such/folder'],
  ])('%j exits 2 with a message and the usage', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: npm run scenarios -- <command>');
    expect(result.stdout).toBe('');
  });

  it.each([[['--help']], [['check', '--help']], [['help']]])('%j prints the usage and exits 0', async (argv) => {
    const result = await run(argv);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('check [files or folders...] [--json]');
  });
});

describe('scenarios CLI: check', () => {
  it('exits 0 and prints the summary when everything passes', async () => {
    const result = await run(['check', minimalFile]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('1 file, 0 errors, 0 warnings, 5/5 samples passed\n');
  });

  it('exits 1 and prints each failed sample at its line', async () => {
    const result = await run(['check', minimalFile], blindScorer);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `${path.relative(process.cwd(), minimalFile)}:65:9: sample backup-schedule#0 (en): expected grade conformity, got major-nc (score 0); missing evidence [backup-policy, job-monitoring]`,
    );
    expect(lines[1]).toMatch(/:68:9: sample backup-schedule#1 \(en\): missing red flags \[nobody-checks\]$/);
    expect(lines.at(-1)).toBe('1 file, 0 errors, 0 warnings, 0/5 samples passed');
  });

  it('prints one JSON document with the agreed shape', async () => {
    const result = await run(['check', minimalFile, '--json'], blindScorer);
    expect(result.code).toBe(1);
    const report: CheckReport = JSON.parse(result.stdout);
    expect(report.files).toHaveLength(1);
    const [file] = report.files;
    expect(Object.keys(file ?? {})).toEqual(['file', 'errors', 'warnings', 'samples']);
    expect(file?.samples[0]).toMatchObject({
      question: 'backup-schedule',
      index: 0,
      locale: 'en',
      line: 65,
      passed: false,
      expected: { covered: ['backup-policy', 'job-monitoring'], redFlags: [], grade: 'conformity' },
      actual: { covered: [], redFlags: [], grade: 'major-nc', score: 0 },
    });
    expect(report.summary).toEqual({ files: 1, errors: 0, warnings: 0, samples: 5, samplesPassed: 0 });
  });

  it('reads a folder without descending into sub-folders, and finds duplicate scenario ids across files', async () => {
    const folder = path.join(scratch, 'library');
    mkdirSync(path.join(folder, 'nested'), { recursive: true });
    writeFileSync(path.join(folder, 'minimal.yaml'), fixtureText('minimal.yaml'));
    writeFileSync(path.join(folder, 'copy.yml'), fixtureText('minimal.yaml'));
    writeFileSync(path.join(folder, 'notes.txt'), 'not a scenario');
    writeFileSync(path.join(folder, 'nested', 'broken.yaml'), 'a: [');
    const result = await run(['check', folder]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('copy.yml:4:5: warning: id "minimal" differs from the file name "copy.yml"');
    expect(result.stdout).toMatch(
      /minimal\.yaml:4:5: error: id: duplicate scenario id "minimal" \(also used by .*copy\.yml\)/,
    );
    expect(result.stdout).toContain('2 files, 1 error, 1 warning, 10/10 samples passed');
  });

  it('exits 1 when a folder holds no scenario files', async () => {
    const empty = path.join(scratch, 'empty');
    mkdirSync(empty);
    const result = await run(['check', empty]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no .yaml or .yml files');
  });

  it('prints a one-line message instead of a stack trace when something unexpected fails', async () => {
    const capture = captureIo(blindScorer);
    const code = await main(['check', minimalFile], {
      ...capture.io,
      stdout: () => {
        throw new Error('stdout closed');
      },
    });
    expect(code).toBe(1);
    expect(capture.stderr()).toBe('scenarios: unexpected failure: stdout closed\n');
  });

  it('reports a scorer that cannot be loaded in one line', async () => {
    const capture = captureIo(blindScorer);
    const code = await main(['check', minimalFile], {
      ...capture.io,
      loadScorer: () => Promise.reject(new Error('no module\n    at x.ts:1')),
    });
    expect(code).toBe(1);
    expect(capture.stderr()).toBe('scenarios: unexpected failure: cannot load the scorer (no module)\n');
  });
});

describe('scenarios CLI: schema', () => {
  it('writes the schema file, then reports it up to date', async () => {
    mkdirSync(path.join(scratch, 'project', 'scenarios'), { recursive: true });
    const cwd = path.join(scratch, 'project');
    expect(await run(['schema', '--check'], blindScorer, cwd)).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('is stale'),
    });
    expect(await run(['schema'], blindScorer, cwd)).toMatchObject({
      code: 0,
      stdout: `wrote ${path.join('scenarios', 'scenario.schema.json')}\n`,
    });
    expect(await run(['schema', '--check'], blindScorer, cwd)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('is up to date'),
    });
  });
});
