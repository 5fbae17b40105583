import { canonicalJson } from './canonical-json';
import type { ReadinessReportPayload, SignedReadinessReport } from './readiness-report-schema';

/**
 * `readiness-<name>-<date>.json`: the learner's name in lower-case letters, digits and hyphens (accents
 * dropped, anything else a hyphen), so that the file name is safe on every system; "learner" when nothing is left.
 */
export function readinessReportFileName(payload: Pick<ReadinessReportPayload, 'learner' | 'createdAt'>): string {
  const name = payload.learner.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `readiness-${name || 'learner'}-${payload.createdAt.slice(0, 10)}.json`;
}

/**
 * The file's text: the payload in canonical form (what the signature covers, so that it reads in any editor
 * exactly as verified) and the signature. One line per part keeps a diff of two exports readable.
 */
export function serializeReadinessReport(report: SignedReadinessReport): string {
  return `{"payload":${canonicalJson(report.payload)},\n"signature":${JSON.stringify(report.signature)}}\n`;
}
