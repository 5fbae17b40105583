import type { Locale } from '@/domain/scenario/locale';
import type { QuestionScorer } from '@/domain/scenario/question-scorer';
import type { Persona } from '@/domain/scenario/scenario-schema';
import type { ScoreResult } from '@/domain/scoring/score-types';

export const interviewModes = ['practice', 'mock'] as const;
/** practice: feedback and retries after each main question; mock: no feedback, optional time limit. */
export type InterviewMode = (typeof interviewModes)[number];

/**
 * Functions the machine calls; given when the machine is built so they never enter a snapshot. `score` scores an
 * answer against its main question's evidence, a probe's answer too (`scenarioScorer` gives the real one).
 */
export type InterviewDeps = { score: QuestionScorer; now?: () => number };

/** What the actor is created with; plain data only, so it can be stored with the snapshot. */
export type InterviewInput = {
  locale: Locale;
  mode: InterviewMode;
  persona?: Persona;
  timeLimitSeconds?: number;
};

export type Phrasing = 'prompt' | 'repeat' | 'rephrase';

export const acknowledgeVariants = ['strong', 'partial', 'weak', 'dont-know', 'skipped', 'time-up'] as const;
export type AcknowledgeVariant = (typeof acknowledgeVariants)[number];

/** An auditor turn as message codes and parameters; the UI renders it with i18n and the scenario's prompts. */
export type AuditorMessage =
  | { kind: 'introduction' }
  | { kind: 'question'; questionId: string; probeId?: string; phrasing: Phrasing }
  | { kind: 'acknowledge'; tone: Persona; variant: AcknowledgeVariant }
  | { kind: 'closing' };

export const answerKinds = ['answer', 'dont-know', 'skip', 'timeout'] as const;
export type AnswerKind = (typeof answerKinds)[number];

export type AnswerRecord = {
  questionId: string;
  probeId: string | null;
  /** 1 for the first time a main question is asked; practice retries count up. */
  attempt: number;
  kind: AnswerKind;
  text: string;
  result: ScoreResult;
  askedAt: number;
  answeredAt: number;
};

export type AuditorTurn = { role: 'auditor'; at: number; message: AuditorMessage };
export type LearnerTurn = { role: 'learner'; at: number; answer: AnswerRecord };
export type Turn = AuditorTurn | LearnerTurn;

/** Where the interview stands: the main question, the probe within it (if any) and the attempt. */
export type Position = { questionId: string; probeId: string | null; attempt: number; askedAt: number };

/** The step chosen after an answer, kept in context so the choice survives a reload. */
export type Plan = { kind: 'probe'; probeId: string } | { kind: 'main'; questionId: string } | { kind: 'end' };

export type InterviewContext = {
  /** The machine version that wrote this context (see snapshot-version.ts). */
  machineVersion: number;
  scenarioId: string;
  scenarioVersion: string;
  locale: Locale;
  mode: InterviewMode;
  persona: Persona;
  timeLimitSeconds: number | null;
  position: Position | null;
  plan: Plan | null;
  /** Main questions asked so far, in order; a main question is never asked twice (retries aside). */
  askedQuestions: string[];
  /** Probes asked within the current attempt of the current main question. */
  askedProbes: string[];
  transcript: Turn[];
};

export type InterviewEvent =
  | { type: 'interview.start' }
  | { type: 'answer.submit'; text: string }
  | { type: 'answer.dont-know' }
  | { type: 'question.skip' }
  | { type: 'question.repeat' }
  | { type: 'question.rephrase' }
  | { type: 'answer.retry' }
  | { type: 'feedback.continue' }
  | { type: 'timer.expire'; text?: string }
  | { type: 'interview.finish' };

export const interviewTags = [
  'introduction',
  'awaiting-answer',
  'main-question',
  'probe',
  'showing-feedback',
  'finished',
] as const;
export type InterviewTag = (typeof interviewTags)[number];

export type PersistReason = 'answer' | 'position' | 'finished';
