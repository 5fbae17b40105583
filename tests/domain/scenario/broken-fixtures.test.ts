import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '@/cli/scenarios-main';
import type { CheckReport } from '@/cli/scenarios-check';
import { blindScorer, captureIo, fixturesDir } from './scenario-test-helpers';

const brokenDir = path.join(fixturesDir, 'broken');

// One fault per file: where the checker must point and words its message must contain.
const expectations: [file: string, line: number, column: number, message: string][] = [
  ['bad-control-id.yaml', 15, 16, 'Annex A controls look like A.8.9'],
  ['bad-id.yaml', 13, 9, 'ids are lower-case words joined by hyphens'],
  [
    'condition-unknown.yaml',
    34,
    36,
    '"patch-records" is not an evidence id of question "patch-cycle" (did you mean "patch-report"?)',
  ],
  ['control-not-listed.yaml', 15, 23, `"A.8.32" is not in the scenario's controls list`],
  ['dead-end.yaml', 50, 11, 'dead end, "patch-cycle" has always been asked before "patch-exceptions"'],
  ['duplicate-evidence-id.yaml', 24, 13, 'duplicate evidence or red flag id "patch-sla"'],
  ['duplicate-key.yaml', 20, 9, 'field "weight" appears twice'],
  ['duplicate-question-id.yaml', 41, 9, 'duplicate question id "patch-cycle"'],
  ['empty-condition.yaml', 34, 13, 'a follow-up condition needs at least one test'],
  ['empty-questions.yaml', 12, 12, 'questions: needs at least 1 item'],
  [
    'follow-up-unknown.yaml',
    35,
    14,
    '"show-reprot" is neither a probe of question "patch-cycle" nor a question (did you mean "show-report"?)',
  ],
  ['foreign-probe.yaml', 49, 14, '"show-report" is a probe of question "patch-cycle"'],
  [
    'invalid-grade.yaml',
    40,
    62,
    'expect.grade: expected one of "conformity", "ofi", "observation", "minor-nc", "major-nc", got "good"',
  ],
  ['missing-field.yaml', 13, 5, 'questions[patch-cycle]: missing required field "modelAnswer"'],
  ['next-unknown.yaml', 36, 11, 'next: "patch-exception" is not a question id'],
  ['not-a-mapping.yaml', 3, 1, 'expected a mapping of fields, got a list'],
  ['probe-focus-unknown.yaml', 32, 17, '"patch-evidence" is not an evidence id of question "patch-cycle"'],
  ['recommendation-unknown.yaml', 38, 14, '"patch-window" is not an evidence or red flag id'],
  [
    'sample-unknown-evidence.yaml',
    40,
    40,
    '"patch-reports" is not an evidence id of question "patch-cycle" (did you mean "patch-report"?)',
  ],
  [
    'sample-unknown-red-flag.yaml',
    40,
    66,
    '"no-patches" is not a red flag id of question "patch-cycle" (did you mean "no-patching"?)',
  ],
  ['schema-version.yaml', 3, 16, 'schemaVersion 2 is newer than this app understands'],
  ['threshold-order.yaml', 9, 10, 'grading thresholds must not increase'],
  ['unknown-field.yaml', 19, 9, 'unknown field "wieght" (did you mean "weight"?)'],
  ['wrong-type.yaml', 19, 17, 'evidence[patch-sla].weight: expected a number, got "high"'],
  ['yaml-syntax.yaml', 18, 22, 'YAML syntax: the quoted text starting here is never closed'],
];

describe('the checker on the folder of broken scenarios', () => {
  let code = 0;
  let report: CheckReport = { files: [], summary: { files: 0, errors: 0, warnings: 0, samples: 0, samplesPassed: 0 } };

  beforeAll(async () => {
    const run = captureIo(blindScorer);
    code = await main(['check', brokenDir, '--json'], run.io);
    report = JSON.parse(run.stdout()) as CheckReport;
  });

  it('exits 1', () => {
    expect(code).toBe(1);
  });

  it('has an expectation for every fixture, and at least 15 distinct faults', () => {
    const files = readdirSync(brokenDir)
      .filter((name) => name.endsWith('.yaml'))
      .sort();
    expect(expectations.map(([file]) => file).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it.each(expectations)('%s: one error at line %i, column %i, saying "%s"', (file, line, column, message) => {
    const entry = report.files.find((f) => path.basename(f.file) === file);
    expect(entry?.errors).toHaveLength(1);
    const [error] = entry?.errors ?? [];
    expect(error).toMatchObject({ line, column, severity: 'error' });
    expect(error?.message).toContain(message);
    expect(error?.file).toBe(path.relative(process.cwd(), path.join(brokenDir, file)));
  });

  it('never shows a stack trace or internal wording', () => {
    const messages = report.files.flatMap((f) => f.errors.map((e) => e.message));
    for (const message of messages) expect(message).not.toMatch(/\n|\bat .*\.ts:\d+|Error:|undefined|\[object/);
  });
});
