import { capErrors } from '@/domain/backup/backup-errors';
import { issuesToErrors } from '@/domain/backup/issue-messages';
import { lineAndColumn, scanJson } from '@/domain/backup/json-scan';
import { guardValue } from '@/domain/backup/value-guard';
import { fieldLimits } from '@/domain/records/limits';
import { reportProblem, type ReportProblem, type ReportProblemCode } from './readiness-report-problem';
import {
  currentReadinessReportVersion,
  isKnownReadinessReportVersion,
  knownReadinessReportSchemas,
  readinessReportFormat,
  readinessReportLimits,
  type SignedReadinessReport,
} from './readiness-report-schema';

export type ParseReadinessReportResult =
  { ok: true; report: SignedReadinessReport; migratedFrom?: number } | { ok: false; problems: ReportProblem[] };

const failure = (...problems: ReportProblem[]) => ({ ok: false as const, problems });
const megabytes = (chars: number) => (chars / (1024 * 1024)).toFixed(1);
const isObject = (value: unknown): value is object =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The file's text without a byte-order mark (editors on some systems start a UTF-8 file with one). */
export function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

// JSON.parse first, because it is several times faster than the validating scan on a large report; the scan
// runs only to locate a syntax error in plain words. Deep nesting cannot hurt here: JSON.parse does not
// recurse on the stack, and what reads the value afterwards is bounded by the strict schema's own depth.
function readJson(text: string): { ok: true; value: unknown } | { ok: false; problems: ReportProblem[] } {
  const body = withoutBom(text);
  if (body.trim() === '') return failure(reportProblem('empty', '', 'The file is empty.'));
  if (body.length > readinessReportLimits.maxFileChars) {
    const message = `The file is too large to be a readiness report (${megabytes(body.length)} MB; at most ${megabytes(readinessReportLimits.maxFileChars)} MB).`;
    return failure(reportProblem('too-large', '', message));
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    const problem = scanJson(body, Number.MAX_SAFE_INTEGER) ?? {
      offset: 0,
      reason: 'the text is not JSON',
    };
    const { line, column } = lineAndColumn(body, problem.offset);
    const message = `This is not a readable readiness report: ${problem.reason} (line ${line}, column ${column}).`;
    return failure({ ...reportProblem('json-syntax', '', message), line, column });
  }
}

function checkHeader(value: unknown): ReportProblem | undefined {
  const payload: unknown = isObject(value) ? Reflect.get(value, 'payload') : undefined;
  if (!isObject(payload) || Reflect.get(payload, 'format') !== readinessReportFormat)
    return reportProblem(
      'not-a-report',
      'payload.format',
      `This file is not a Mock Audit Trainer readiness report (its "payload.format" field is missing or is not "${readinessReportFormat}").`,
    );
  const version: unknown = Reflect.get(payload, 'formatVersion');
  if (typeof version === 'number' && Number.isInteger(version) && version > currentReadinessReportVersion)
    return reportProblem(
      'newer-format',
      'payload.formatVersion',
      `This report was made by a newer version of the app (format ${version}); this version reads formats up to ${currentReadinessReportVersion}. Update the app to import it.`,
    );
  if (!isKnownReadinessReportVersion(version))
    return reportProblem(
      'unknown-format-version',
      'payload.formatVersion',
      `payload.formatVersion: must be a whole number from 1 to ${currentReadinessReportVersion}, got ${(JSON.stringify(version) ?? 'nothing').slice(0, 40)}`,
    );
  return undefined;
}

/**
 * The one door for a readiness report file's text: size, JSON syntax (with line and column), the format and its
 * version, every field of that version (strict: unknown keys are refused, every string and list is bounded;
 * located, plain messages), then migration to the current version (none yet: version 1 is the only one). A
 * refused file is also walked for forbidden keys and over-long strings, which are reported first. The signature
 * is checked separately (readiness-report-read.ts) because WebCrypto is asynchronous. Never throws.
 */
export function parseReadinessReport(text: string): ParseReadinessReportResult {
  try {
    const json = readJson(text);
    if (!json.ok) return json;
    const header = checkHeader(json.value);
    if (header) return failure(header);
    const parsed = knownReadinessReportSchemas[1].safeParse(json.value);
    if (!parsed.success) {
      // Only a refused file is walked whole: the strict schema already bounds everything it accepts.
      const guarded = guardValue(json.value, fieldLimits.answerChars, readinessReportLimits.maxReportedErrors);
      if (guarded.length > 0) return failure(...guarded.map((error) => ({ ...error, code: problemCode(error.code) })));
      return failure(
        ...capErrors(issuesToErrors(parsed.error.issues, json.value), readinessReportLimits.maxReportedErrors).map(
          (error) => ({ ...error, code: problemCode(error.code) }),
        ),
      );
    }
    return { ok: true, report: parsed.data };
  } catch {
    return failure(reportProblem('not-a-report', '', 'The file could not be read as a readiness report.'));
  }
}

function problemCode(code: string): ReportProblemCode {
  if (code === 'forbidden-key' || code === 'more-errors') return code;
  if (code === 'string-too-long') return 'too-large';
  return 'invalid-field';
}
