import { canonicalBytes } from './canonical-json';
import { parseReadinessReport, withoutBom, type ParseReadinessReportResult } from './readiness-report-parse';
import { reportProblem } from './readiness-report-problem';
import type { SignedReadinessReport } from './readiness-report-schema';
import { verifyBytes } from './readiness-report-signature';

const head = '{"payload":';
const tail = ',\n"signature":"';

/**
 * The payload's text as the app writes the file (serializeReadinessReport): `{"payload":` P `,\n"signature":"…"}`.
 * A line break cannot occur inside a JSON string, so P is exactly the payload's text; undefined for a file in
 * any other layout.
 */
function payloadText(text: string, signature: string): string | undefined {
  const body = withoutBom(text).trimEnd();
  const end = body.length - tail.length - signature.length - 2;
  if (!body.startsWith(head) || end <= head.length) return undefined;
  return body.slice(end) === `${tail}${signature}"}` ? body.slice(head.length, end) : undefined;
}

/**
 * Whether the payload is signed by the key it carries. Fast path: the file as exported, whose payload text is its
 * canonical JSON, is verified over those very bytes (whoever could sign them holds the key, and JSON.parse of
 * them is the payload read), which spares canonicalising a large report again. Any other layout (re-indented,
 * keys re-ordered) is verified over the canonical JSON of the parsed payload.
 */
async function isSigned(text: string, report: SignedReadinessReport): Promise<boolean> {
  const { payload, signature } = report;
  const raw = payloadText(text, signature);
  if (raw !== undefined && (await verifyBytes(payload.publicKey, new TextEncoder().encode(raw), signature)))
    return true;
  return verifyBytes(payload.publicKey, canonicalBytes(payload), signature);
}

/**
 * A report file's text read through the one door, then its signature checked: a report comes back only when
 * both hold. A tampered, truncated or re-signed-with-another-payload file is refused with a plain message.
 */
export async function readReadinessReport(text: string): Promise<ParseReadinessReportResult> {
  const parsed = parseReadinessReport(text);
  if (!parsed.ok) return parsed;
  if (await isSigned(text, parsed.report)) return parsed;
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
