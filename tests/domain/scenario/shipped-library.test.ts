import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '@/cli/scenarios-check';
import { main } from '@/cli/scenarios-main';
import { describeSampleMismatch } from '@/cli/scenarios-report';
import { scoreAnswer } from '@/domain/scoring';
import { captureIo } from './scenario-test-helpers';

// Acceptance: `npm run scenarios -- check` passes on the shipped library with the real scorer.
describe('the shipped scenario library', () => {
  let code = -1;
  let report: CheckReport | undefined;

  beforeAll(async () => {
    const run = captureIo(scoreAnswer);
    code = await main(['check', 'scenarios', '--json'], run.io);
    report = code === 2 ? undefined : JSON.parse(run.stdout() || '{"files":[]}');
  }, 120_000);

  it('has no errors', () => {
    const errors = (report?.files ?? []).flatMap((f) =>
      f.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`),
    );
    expect(errors).toEqual([]);
  });

  it('passes every sample answer', () => {
    const failures = (report?.files ?? []).flatMap((f) =>
      f.samples
        .filter((s) => !s.passed)
        .map((s) => `${f.file}:${s.line} ${s.question}#${s.index} (${s.locale}): ${describeSampleMismatch(s)}`),
    );
    expect(failures).toEqual([]);
  });

  it('exits 0', () => {
    expect(report?.files.length ?? 0).toBeGreaterThan(0);
    expect(code).toBe(0);
  });
});
