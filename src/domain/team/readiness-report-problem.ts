/** What is wrong with a readiness report file; the UI may translate by code, the message is plain English. */
export const reportProblemCodes = [
  'empty',
  'too-large',
  'json-syntax',
  'too-deep',
  'forbidden-key',
  'not-a-report',
  'newer-format',
  'unknown-format-version',
  'invalid-field',
  'bad-signature',
  'more-errors',
] as const;
export type ReportProblemCode = (typeof reportProblemCodes)[number];

/** One problem, located: a field path like payload.attempts[3].score (empty for the whole file), and the line when known. */
export type ReportProblem = { code: ReportProblemCode; path: string; message: string; line?: number; column?: number };

export function reportProblem(code: ReportProblemCode, path: string, message: string): ReportProblem {
  return { code, path, message };
}
