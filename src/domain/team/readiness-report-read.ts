import { parseReadinessReport, type ParseReadinessReportResult } from './readiness-report-parse';
import { reportProblem } from './readiness-report-problem';
import { verifyReadinessReport } from './readiness-report-signature';

/**
 * A report file's text read through the one door, then its signature checked: a report comes back only when
 * both hold. A tampered, truncated or re-signed-with-another-payload file is refused with a plain message.
 */
export async function readReadinessReport(text: string): Promise<ParseReadinessReportResult> {
  const parsed = parseReadinessReport(text);
  if (!parsed.ok) return parsed;
  if (await verifyReadinessReport(parsed.report)) return parsed;
  return {
    ok: false,
    problems: [
      reportProblem(
        'bad-signature',
        'signature',
        'The signature does not match the report: the file was changed after it was exported, or it was not made by the learner named in it.',
      ),
    ],
  };
}
