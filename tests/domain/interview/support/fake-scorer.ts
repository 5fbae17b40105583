// A small deterministic scorer for machine tests: phrase lookup, "usually" hedges, "no"/"not" before a
// phrase negates it. It follows the agreed model closely enough to drive the follow-up rules.
import type { Locale } from '@/domain/scenario/locale';
import type { EvidenceItem, Question, RedFlag } from '@/domain/scenario/scenario-schema';
import type { EvidenceResult, EvidenceStatus, RedFlagResult, Span } from '@/domain/scoring/score-types';
import { earnsCredit, gradeEvidence } from '@/domain/scoring/grade';
import type { QuestionScorer } from '@/domain/scenario/question-scorer';
import { scoreResult } from '../../../support/score-result-builder';

function find(text: string, item: EvidenceItem | RedFlag, locale: Locale): { phrase: string; span: Span } | null {
  const phrases = item.phrases[locale] ?? item.phrases.en;
  for (const phrase of phrases) {
    const start = text.toLowerCase().indexOf(phrase.toLowerCase());
    if (start >= 0) return { phrase, span: { start, end: start + phrase.length } };
  }
  return null;
}

function statusAt(text: string, span: Span): EvidenceStatus {
  const before = text.slice(Math.max(0, span.start - 8), span.start).toLowerCase();
  if (/\b(no|not)\s+$/.test(before)) return 'negated';
  return /\busually\b/i.test(text) ? 'partial' : 'covered';
}

function evidenceResults(text: string, question: Question, locale: Locale): EvidenceResult[] {
  return question.evidence.map((item) => {
    const hit = find(text, item, locale);
    if (!hit) return { id: item.id, status: 'missing', spans: [] };
    return { id: item.id, status: statusAt(text, hit.span), spans: [hit.span], phrase: hit.phrase };
  });
}

function redFlagResults(text: string, question: Question, locale: Locale): RedFlagResult[] {
  return question.redFlags.flatMap((flag) => {
    const hit = find(text, flag, locale);
    return hit ? [{ id: flag.id, severity: flag.severity, spans: [hit.span], phrase: hit.phrase }] : [];
  });
}

/** Scores with the fixture's grading defaults (the fixtures keep the default thresholds). */
export const fakeScore: QuestionScorer = (answer, question, locale) => {
  const evidence = evidenceResults(answer, question, locale);
  const redFlags = redFlagResults(answer, question, locale);
  const statuses = new Map(evidence.map((e) => [e.id, e.status]));
  const statusOf = (id: string): EvidenceStatus => statuses.get(id) ?? 'missing';
  const grading = { conformity: 80, ofi: 65, observation: 50, minorNc: 25 };
  const { score, grade, missingEssential } = gradeEvidence(question.evidence, statusOf, redFlags, grading);
  const anyCredited = evidence.some((e) => earnsCredit(e.status));
  return scoreResult({
    score,
    grade,
    coverage: score / 100,
    evidence,
    redFlags,
    missingEssential,
    vague: !anyCredited && /best practice|seriously|as needed/i.test(answer),
    messages: answer.trim() === '' ? ['answer.empty'] : [],
  });
};
