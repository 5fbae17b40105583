import type { Grade, Grading, Question, RedFlag } from '@/domain/scenario/scenario-schema';
import type { EvidenceStatus, Span } from '@/domain/scoring/score-types';
import { gradeCapsFor, gradeEvidence, isStrongerStatus, type GradeCap } from '@/domain/scoring/grade';
import type { AnswerRecord } from './interview-types';

/** The best status an item reached over several answers, and the answer (index) it came from. */
export type AccumulatedEvidence = {
  id: string;
  status: EvidenceStatus;
  answerIndex: number | null;
  spans: Span[];
};

export type AccumulatedRedFlag = { id: string; severity: RedFlag['severity']; answerIndex: number; spans: Span[] };

/** A main question's standing over its main answer and probe answers. */
export type AccumulatedResult = {
  questionId: string;
  score: number;
  grade: Grade;
  evidence: AccumulatedEvidence[];
  redFlags: AccumulatedRedFlag[];
  missingEssential: string[];
  /** The grading rule's caps that apply, strongest first. */
  caps: GradeCap[];
  /** Whether the latest answer was vague: a concrete probe answer clears an earlier vague one. */
  vague: boolean;
  answerCount: number;
};

function bestEvidence(question: Question, answers: readonly AnswerRecord[]): AccumulatedEvidence[] {
  return question.evidence.map((item) => {
    let best: AccumulatedEvidence = { id: item.id, status: 'missing', answerIndex: null, spans: [] };
    answers.forEach((answer, answerIndex) => {
      const found = answer.result.evidence.find((e) => e.id === item.id);
      if (found && isStrongerStatus(found.status, best.status)) {
        best = { id: item.id, status: found.status, answerIndex, spans: found.spans };
      }
    });
    return best;
  });
}

function collectRedFlags(answers: readonly AnswerRecord[]): AccumulatedRedFlag[] {
  const flags = new Map<string, AccumulatedRedFlag>();
  answers.forEach((answer, answerIndex) => {
    for (const flag of answer.result.redFlags) {
      if (!flags.has(flag.id))
        flags.set(flag.id, { id: flag.id, severity: flag.severity, answerIndex, spans: flag.spans });
    }
  });
  return [...flags.values()];
}

/** Combines the answers given to one main question (main answer and probes of one attempt). */
export function accumulateAnswers(
  question: Question,
  grading: Grading,
  answers: readonly AnswerRecord[],
): AccumulatedResult {
  const evidence = bestEvidence(question, answers);
  const redFlags = collectRedFlags(answers);
  const statuses = new Map(evidence.map((e) => [e.id, e.status]));
  const statusOf = (id: string): EvidenceStatus => statuses.get(id) ?? 'missing';
  const { score, grade, missingEssential } = gradeEvidence(question.evidence, statusOf, redFlags, grading);
  return {
    questionId: question.id,
    score,
    grade,
    evidence,
    redFlags,
    missingEssential,
    caps: gradeCapsFor(question.evidence, statusOf, redFlags),
    vague: answers.at(-1)?.result.vague ?? false,
    answerCount: answers.length,
  };
}
