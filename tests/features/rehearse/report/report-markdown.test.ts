import { describe, expect, it } from 'vitest';
import { reportMarkdown, type ReportDocument } from '@/features/rehearse/report/report-markdown';

const doc: ReportDocument = {
  title: 'Audit report: Backups',
  about: [
    { label: 'Learner', value: 'Jo' },
    { label: 'Mode', value: 'Practice' },
  ],
  summary: { heading: 'Summary', lines: ['Overall result: Minor nonconformity', 'Coverage: 40 of 100'] },
  fixes: {
    heading: 'The three most valuable fixes',
    none: 'Nothing to fix',
    items: [{ title: 'Question 1: mention Backup policy', lines: ['Control: A.8.13', 'Name the policy.'] }],
  },
  findings: { heading: 'Findings', items: [{ title: 'Finding 1: Minor nonconformity', lines: ['Score: 40 of 100'] }] },
  transcript: {
    heading: 'Transcript',
    turns: [
      { speaker: 'Auditor', text: 'How are backups made?' },
      { speaker: 'You', text: '# nightly *always*\n- offsite' },
    ],
  },
};

describe('reportMarkdown', () => {
  const markdown = reportMarkdown(doc);

  it('puts summary, fixes, findings and transcript under their headings, in that order', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Audit report: Backups',
      '## Summary',
      '## The three most valuable fixes',
      '## Findings',
      '### Finding 1: Minor nonconformity',
      '## Transcript',
    ]);
    expect(markdown).toContain('- **Learner:** Jo');
    expect(markdown).toContain('1. **Question 1: mention Backup policy**\n   Control: A.8.13\n   Name the policy.');
    expect(markdown).toContain('**Auditor:** How are backups made?');
  });

  it("keeps the learner's words from turning into Markdown structure", () => {
    expect(markdown).toContain('**You:** \\# nightly \\*always\\* - offsite');
    expect(markdown.split('\n').filter((line) => line.startsWith('# '))).toHaveLength(1);
  });

  it('says there is nothing to fix when the list is empty', () => {
    expect(reportMarkdown({ ...doc, fixes: { ...doc.fixes, items: [] } })).toContain(
      '## The three most valuable fixes\n\nNothing to fix\n',
    );
  });
});
