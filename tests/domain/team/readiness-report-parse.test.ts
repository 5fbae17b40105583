import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/domain/team/canonical-json';
import { parseReadinessReport } from '@/domain/team/readiness-report-parse';
import { readinessReportLimits } from '@/domain/team/readiness-report-schema';
import { finding, reportPayload, teamAttempt, uuid } from './support/team-fixtures';

const signature = 'A'.repeat(86);
const fileOf = (payload: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ payload, signature, ...extra }, null, 2);

function problemsOf(text: string) {
  const result = parseReadinessReport(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('parseReadinessReport', () => {
  it('reads a well-formed report exactly as written: the parsed payload is the signed one', () => {
    const payload = reportPayload({ learner: { profileId: uuid(1000), name: '  Ada  ', team: 'Ops ' } });
    const result = parseReadinessReport(`\uFEFF${fileOf(payload)}`);
    expect(result.ok).toBe(true);
    if (result.ok) expect(canonicalJson(result.report.payload)).toBe(canonicalJson(payload));
  });

  it('locates JSON syntax errors by line and column', () => {
    const text = fileOf(reportPayload()).replace('"sequence": 1', '"sequence": 1,,');
    const [problem] = problemsOf(text);
    expect(problem).toMatchObject({ code: 'json-syntax' });
    expect(problem?.message).toMatch(/line \d+, column \d+/);
    expect(problem?.line).toBeGreaterThan(1);
  });

  it('says a cut-off file may be cut off', () => {
    const text = fileOf(reportPayload());
    expect(problemsOf(text.slice(0, text.lastIndexOf('}')))[0]?.message).toMatch(
      /ends too early; the file may be cut off/,
    );
  });

  it('refuses empty, oversized and non-report files in plain words', () => {
    expect(problemsOf('  ')[0]).toMatchObject({ code: 'empty', message: 'The file is empty.' });
    expect(problemsOf(' '.repeat(readinessReportLimits.maxFileChars + 1) + '{}')[0]?.code).toBe('too-large');
    expect(problemsOf('{"payload":{"format":"mock-audit-trainer-backup"}}')[0]).toMatchObject({
      code: 'not-a-report',
      path: 'payload.format',
    });
  });

  it('says a newer format version comes from a newer version of the app', () => {
    const [problem] = problemsOf(fileOf({ ...reportPayload(), formatVersion: 7 }));
    expect(problem?.code).toBe('newer-format');
    expect(problem?.message).toMatch(/made by a newer version of the app \(format 7\)/);
    expect(problemsOf(fileOf({ ...reportPayload(), formatVersion: 'one' }))[0]?.code).toBe('unknown-format-version');
  });

  it('names the field that is missing or wrong', () => {
    const { appVersion: _dropped, ...withoutVersion } = reportPayload();
    expect(problemsOf(fileOf(withoutVersion))[0]?.message).toMatch(/^payload\.appVersion: is missing/);
    const badScore = reportPayload({ attempts: [teamAttempt({ score: 'high' as unknown as number })] });
    expect(problemsOf(fileOf(badScore))[0]?.message).toMatch(
      /^payload\.attempts\[0\]\.score: expected a number, got text/,
    );
    const extraKey = { ...reportPayload().publicKey, d: 'secret' };
    expect(problemsOf(fileOf(reportPayload({ publicKey: extraKey })))[0]?.path).toBe('payload.publicKey');
    expect(problemsOf(fileOf(reportPayload(), { note: 1 }))[0]?.path).toBe('');
  });

  it('refuses attempts of another profile, topics not chosen, and answers not declared', () => {
    const other = reportPayload({ attempts: [teamAttempt({ profileId: uuid(5) })] });
    expect(problemsOf(fileOf(other))[0]?.path).toBe('payload.attempts[0].profileId');
    const topic = reportPayload({ attempts: [teamAttempt({ topic: 'logging-monitoring' })] });
    expect(problemsOf(fileOf(topic))[0]?.path).toBe('payload.attempts[0].topic');
    const answers = reportPayload({ attempts: [teamAttempt({ findings: [finding({ answers: ['We patch'] })] })] });
    expect(problemsOf(fileOf(answers))[0]?.message).toMatch(/includesAnswers is false/);
    expect(parseReadinessReport(fileOf({ ...answers, includesAnswers: true })).ok).toBe(true);
  });

  it('refuses forbidden keys and a malformed signature', () => {
    const text = fileOf(reportPayload()).replace('"appVersion"', '"__proto__": {}, "appVersion"');
    expect(problemsOf(text)[0]?.code).toBe('forbidden-key');
    expect(problemsOf(JSON.stringify({ payload: reportPayload(), signature: 'abc' }))[0]?.path).toBe('signature');
  });
});
