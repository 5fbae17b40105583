import type { Finding, InterviewReport, ReportFix, Turn } from '@/domain/interview';
import type { Attempt } from '@/domain/records/attempt-schema';
import { pickText } from '@/domain/scenario/locale';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { auditorText } from '../interview/auditor-text';
import { learnerText } from '../interview/learner-text';
import { fixAdvice, fixControls, fixTitle, reportFacts, type Translators } from './report-facts';
import type { ReportDocument } from './report-markdown';

function findingLines(finding: Finding, scenario: Scenario, { tr }: Translators, locale: Attempt['locale']): string[] {
  const question = scenario.questions.find((q) => q.id === finding.questionId);
  return [
    ...(question ? [pickText(question.prompt, locale)] : []),
    `${tr('report.controls')} ${finding.controls.join(', ')}`,
    ...(finding.score !== null ? [tr('report.score', { score: finding.score })] : []),
    ...finding.given.map((g) => `${tr('report.given')}: ${g.label} — "${g.quote ?? tr('report.noQuote')}"`),
    ...finding.missing.map(
      (m) => `${tr('report.missing')}: ${m.label}${m.essential ? ` (${tr('report.essential')})` : ''}`,
    ),
    ...finding.redFlags.map((f) => `${tr('report.redFlags')}: ${f.label}${f.quote ? ` — "${f.quote}"` : ''}`),
    ...finding.recommendations.map((r) => `${tr('report.recommendations')}: ${r.text}`),
  ];
}

/** The report as translated text for the Markdown file, in the same order as on screen. */
export function reportDocument(input: {
  report: InterviewReport;
  fixes: readonly ReportFix[];
  scenario: Scenario;
  attempt: Attempt;
  learner: string | undefined;
  transcript: readonly Turn[];
  translators: Translators;
}): ReportDocument {
  const { report, fixes, scenario, attempt, learner, transcript, translators } = input;
  const { t, tr } = translators;
  const locale = report.locale;
  return {
    title: tr('report.heading', { title: pickText(scenario.title, locale) }),
    about: reportFacts(attempt, scenario, learner, translators),
    summary: {
      heading: t('summary'),
      lines: [
        ...(report.grade ? [tr('report.result', { grade: tr(`grades.${report.grade}`) })] : []),
        tr('report.coverage', { score: report.score }),
        tr('report.answered', { answered: report.answeredQuestions, total: report.totalQuestions }),
      ],
    },
    fixes: {
      heading: t('fixesHeading'),
      none: t('fixesNone'),
      items: fixes.map((fix) => ({
        title: fixTitle(fix, scenario, t),
        lines: [fixControls(fix, t), fixAdvice(fix, t)],
      })),
    },
    findings: {
      heading: tr('report.findings'),
      items: report.findings.map((finding, index) => ({
        title: `${tr('report.finding', { index: index + 1 })}${finding.grade ? `: ${tr(`grades.${finding.grade}`)}` : ''}`,
        lines: findingLines(finding, scenario, translators, locale),
      })),
    },
    transcript: {
      heading: t('transcript'),
      turns: transcript.map((turn) =>
        turn.role === 'auditor'
          ? { speaker: tr('interview.auditor'), text: auditorText(turn.message, scenario, locale, tr) }
          : { speaker: tr('interview.you'), text: learnerText(turn.answer, tr) },
      ),
    },
  };
}
