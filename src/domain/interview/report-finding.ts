import { pickText, type Locale } from '@/domain/scenario/locale';
import type { Question, Scenario } from '@/domain/scenario/scenario-schema';
import type { Span } from '@/domain/scoring/score-types';
import { accumulateAnswers, type AccumulatedResult } from './accumulate';
import { earnsCredit, worseGrade } from '@/domain/scoring/grade';
import type { AnswerRecord } from './interview-types';
import type {
  EvidenceQuote,
  Finding,
  FindingCap,
  FindingStatus,
  MissingEvidence,
  RedFlagFinding,
} from './report-types';

/** The best grade a question without a real answer can get; see `Finding.grade` and the interview README. */
export const unansweredLimit = 'minor-nc' as const;

/** The learner's own words at the given spans, in answer order, joined where they are apart. */
export function quoteSpans(text: string, spans: readonly Span[]): string | null {
  const parts = [...spans]
    .sort((a, b) => a.start - b.start)
    .map((span) => text.slice(Math.max(0, span.start), Math.min(text.length, span.end)).trim())
    .filter((part) => part.length > 0);
  return parts.length > 0 ? parts.join(' … ') : null;
}

function quoteFrom(
  answers: readonly AnswerRecord[],
  answerIndex: number | null,
  spans: readonly Span[],
): string | null {
  const answer = answerIndex === null ? undefined : answers[answerIndex];
  return answer ? quoteSpans(answer.text, spans) : null;
}

function givenEvidence(
  question: Question,
  result: AccumulatedResult,
  answers: readonly AnswerRecord[],
  locale: Locale,
) {
  return result.evidence.flatMap((e): EvidenceQuote[] => {
    const item = question.evidence.find((i) => i.id === e.id);
    if (!item || !earnsCredit(e.status)) return [];
    const quote = quoteFrom(answers, e.answerIndex, e.spans);
    return [{ evidenceId: e.id, label: pickText(item.label, locale), status: e.status, quote }];
  });
}

function missingEvidence(question: Question, result: AccumulatedResult, locale: Locale): MissingEvidence[] {
  return result.evidence.flatMap((e): MissingEvidence[] => {
    const item = question.evidence.find((i) => i.id === e.id);
    if (!item || earnsCredit(e.status)) return [];
    return [{ evidenceId: e.id, label: pickText(item.label, locale), status: e.status, essential: item.essential }];
  });
}

function redFlagFindings(
  question: Question,
  result: AccumulatedResult,
  answers: readonly AnswerRecord[],
  locale: Locale,
) {
  return result.redFlags.flatMap((hit): RedFlagFinding[] => {
    const flag = question.redFlags.find((f) => f.id === hit.id);
    const label = flag ? pickText(flag.label, locale) : hit.id;
    return [
      { redFlagId: hit.id, label, severity: hit.severity, quote: quoteFrom(answers, hit.answerIndex, hit.spans) },
    ];
  });
}

function baseFinding(scenario: Scenario, question: Question, locale: Locale): Finding {
  return {
    questionId: question.id,
    status: 'not-answered',
    grade: null,
    score: null,
    weight: question.evidence.reduce((sum, item) => sum + item.weight, 0),
    controls: question.controls.length > 0 ? question.controls : scenario.controls,
    given: [],
    missing: [],
    redFlags: [],
    recommendations: [],
    modelAnswer: pickText(question.modelAnswer, locale),
    attempts: 0,
    probesAnswered: 0,
    caps: [],
  };
}

function statusOf(answers: readonly AnswerRecord[]): FindingStatus {
  if (answers.length === 0) return 'not-answered';
  return answers.every((a) => a.kind === 'skip') ? 'skipped' : 'answered';
}

/** The caps of a finding: a question without a real answer is held at minor-nc at best, then the rule's caps. */
function capsOf(question: Question, status: FindingStatus, result: AccumulatedResult): FindingCap[] {
  if (status === 'answered') return result.caps;
  return [{ code: status, id: question.id, limit: unansweredLimit }, ...result.caps];
}

/**
 * One main question's finding from the answers of its latest attempt. A question not reached or only skipped is
 * graded as an empty answer would be, and never better than minor-nc.
 */
export function buildFinding(
  scenario: Scenario,
  question: Question,
  answers: readonly AnswerRecord[],
  locale: Locale,
): Finding {
  const base = baseFinding(scenario, question, locale);
  const status = statusOf(answers);
  const result = accumulateAnswers(question, scenario.grading, answers);
  const missing = missingEvidence(question, result, locale);
  const gaps = new Set([...missing.map((m) => m.evidenceId), ...result.redFlags.map((f) => f.id)]);
  return {
    ...base,
    status,
    grade: status === 'answered' ? result.grade : worseGrade(result.grade, unansweredLimit),
    score: result.score,
    caps: capsOf(question, status, result),
    given: givenEvidence(question, result, answers, locale),
    missing,
    redFlags: redFlagFindings(question, result, answers, locale),
    recommendations: question.recommendations
      .filter((r) => gaps.has(r.for))
      .map((r) => ({ for: r.for, text: pickText(r.text, locale) })),
    attempts: answers[0]?.attempt ?? 0,
    probesAnswered: new Set(answers.flatMap((a) => (a.probeId ? [a.probeId] : []))).size,
  };
}
