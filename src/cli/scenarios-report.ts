import { formatProblem } from '@/domain/scenario/located-problem';
import type { CheckReport, SampleReport } from './scenarios-check';

function list(label: string, ids: readonly string[]): string[] {
  return ids.length > 0 ? [`${label} [${ids.join(', ')}]`] : [];
}

/** One line per failing sample: what the sample expects against what the scorer found. */
export function describeSampleMismatch(sample: SampleReport): string {
  if (sample.error !== undefined || sample.actual === null) return `the scorer failed: ${sample.error ?? 'no result'}`;
  const { ruleAllows } = sample;
  const probe = sample.expected.probe;
  const parts = [
    ...(ruleAllows
      ? [
          `expected grade ${sample.expected.grade} breaks the grading rule (it allows ${ruleAllows.best === ruleAllows.worst ? ruleAllows.best : `${ruleAllows.best} to ${ruleAllows.worst}`})`,
        ]
      : []),
    ...(probe === undefined || probe === sample.actual.probe
      ? []
      : [`expected probe ${probe}, got ${sample.actual.probe}`]),
    ...(sample.actual.grade === sample.expected.grade
      ? []
      : [`expected grade ${sample.expected.grade}, got ${sample.actual.grade} (score ${sample.actual.score})`]),
    ...list('missing evidence', sample.missingEvidence),
    ...list('unexpected evidence', sample.unexpectedEvidence),
    ...list('missing red flags', sample.missingRedFlags),
    ...list('unexpected red flags', sample.unexpectedRedFlags),
  ];
  return parts.join('; ');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The checker's human output: problems and failed samples as file:line:column lines, then a summary. */
export function formatHuman(report: CheckReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    lines.push(...[...file.errors, ...file.warnings].map(formatProblem));
    for (const s of file.samples.filter((sample) => !sample.passed)) {
      lines.push(
        `${file.file}:${s.line}:${s.column}: sample ${s.question}#${s.index} (${s.locale}): ${describeSampleMismatch(s)}`,
      );
    }
  }
  const { summary } = report;
  lines.push(
    `${plural(summary.files, 'file')}, ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${summary.samplesPassed}/${summary.samples} samples passed`,
  );
  return `${lines.join('\n')}\n`;
}

/** The checker's --json output: one document with every file's errors, warnings and samples. */
export function formatJson(report: CheckReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
