import type { EvidenceItem, Grade, Grading, RedFlag } from '@/domain/scenario/scenario-schema';
import type { Locale } from '@/domain/scenario/locale';

/** How an answer stands towards one expected evidence item, from the strongest evidence to none (`isStrongerStatus`). */
export const evidenceStatuses = ['covered', 'partial', 'negated', 'planned', 'missing'] as const;
export type EvidenceStatus = (typeof evidenceStatuses)[number];

/** Half-open character range [start, end) in the original answer text. */
export type Span = { start: number; end: number };

export type EvidenceResult = {
  id: string;
  status: EvidenceStatus;
  /** Where in the answer the status was decided (the matched words, and the negating or planning cue). */
  spans: Span[];
  /** The phrase from the scenario that matched, if any. */
  phrase?: string;
};

export type RedFlagResult = { id: string; severity: RedFlag['severity']; spans: Span[]; phrase?: string };

/**
 * Why the scorer read part of an answer as it did, for follow-up questions and feedback: a bare keyword list, a
 * repeated sentence, a half sentence cut off by the timer, or the cue words that hedged, planned, ended or negated
 * evidence, and vague talk.
 */
export const diagnosticKinds = [
  'keywordList',
  'repetitive',
  'cutOff',
  'ended',
  'negation',
  'plan',
  'hedge',
  'vague',
] as const;
export type DiagnosticKind = (typeof diagnosticKinds)[number];

/** The words that caused a diagnostic, and the evidence items and red flags whose status it decided. */
export type Diagnostic = { kind: DiagnosticKind; spans: Span[]; items: string[] };

/** How the answer was given: `cutOff` when the timer ended it, so that its unfinished last sentence earns nothing. */
export type ScoreOptions = { cutOff?: boolean };

/** Codes the UI turns into text; the domain never returns translated prose. */
export const messageCodes = [
  'answer.empty',
  'answer.off-topic',
  'answer.keyword-list',
  'answer.vague',
  'answer.hedged',
  'answer.planned-not-practised',
  'answer.negated-evidence',
  'answer.essential-missing',
  'answer.red-flag',
  'answer.strong',
] as const;
export type MessageCode = (typeof messageCodes)[number];

export type ScoreResult = {
  /** 0..100 */
  score: number;
  grade: Grade;
  /** Weighted share of evidence covered, 0..1 (partial counts half). */
  coverage: number;
  evidence: EvidenceResult[];
  redFlags: RedFlagResult[];
  missingEssential: string[];
  vague: boolean;
  offTopic: boolean;
  keywordList: boolean;
  messages: MessageCode[];
  /** One entry per kind that applies, in the order of diagnosticKinds. Absent in results stored before it existed. */
  diagnostics?: Diagnostic[];
};

/** The scorer's signature, passed in so that the app, tests and tools can choose the implementation. */
export type ScoreFunction = (answer: string, input: ScoringInput, options?: ScoreOptions) => ScoreResult;

/** What the scorer needs of a question: evidence, red flags, thresholds and the answer's language. */
export type ScoringInput = {
  evidence: readonly EvidenceItem[];
  redFlags: readonly RedFlag[];
  grading: Grading;
  locale: Locale;
  /** Question prompt words, so that repeating the question is not taken for evidence. */
  prompt?: string;
};
