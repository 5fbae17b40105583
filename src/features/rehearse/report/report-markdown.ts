/** A report as translated text, in reading order; `reportMarkdown` writes it as a Markdown file. */
export type ReportDocument = {
  title: string;
  about: { label: string; value: string }[];
  summary: { heading: string; lines: string[] };
  fixes: { heading: string; items: { title: string; lines: string[] }[]; none: string };
  findings: { heading: string; items: { title: string; lines: string[] }[] };
  transcript: { heading: string; turns: { speaker: string; text: string }[] };
};

// Learner and scenario text is copied as it is, except what Markdown would read as structure: a line that
// starts like a heading, list or quote, and the characters that emphasise or link.
function plain(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .replace(/^(#|>|[-+]\s|\d+[.)]\s)/, '\\$1');
}

function section(heading: string, body: string[]): string[] {
  return [`## ${plain(heading)}`, '', ...body, ''];
}

function items(list: { title: string; lines: string[] }[], level: string): string[] {
  return list.flatMap((item) => [`${level} ${plain(item.title)}`, '', ...item.lines.map((l) => `- ${plain(l)}`), '']);
}

/**
 * The report as plain Markdown: title, the facts about the interview, summary, the fixes, the findings and the
 * transcript, each under its own heading, so it reads the same as text and renders as a document.
 */
export function reportMarkdown(doc: ReportDocument): string {
  const fixes = doc.fixes.items.length
    ? doc.fixes.items.flatMap((fix, i) => [
        `${i + 1}. **${plain(fix.title)}**`,
        ...fix.lines.map((line) => `   ${plain(line)}`),
      ])
    : [plain(doc.fixes.none)];
  const lines = [
    `# ${plain(doc.title)}`,
    '',
    ...doc.about.map((row) => `- **${plain(row.label)}:** ${plain(row.value)}`),
    '',
    ...section(
      doc.summary.heading,
      doc.summary.lines.map((line) => `- ${plain(line)}`),
    ),
    ...section(doc.fixes.heading, fixes),
    ...section(doc.findings.heading, items(doc.findings.items, '###')),
    ...section(
      doc.transcript.heading,
      doc.transcript.turns.map((turn) => `**${plain(turn.speaker)}:** ${plain(turn.text)}\n`),
    ),
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
