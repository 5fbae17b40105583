// Pure context transitions; the machine wires them into assign actions.
import type { Question, Scenario } from '@/domain/scenario/scenario-schema';
import { boundAnswerText } from './answer-text';
import { accumulateAnswers, type AccumulatedResult } from './accumulate';
import { chooseNextStep, leaveQuestion } from './follow-up';
import type {
  AcknowledgeVariant,
  AnswerKind,
  AuditorMessage,
  InterviewContext,
  InterviewDeps,
  InterviewInput,
  Phrasing,
  Position,
} from './interview-types';
import { questionById } from './navigation';
import { answersForAttempt } from './transcript';

type Clock = () => number;

function withAuditorTurn(context: InterviewContext, message: AuditorMessage, at: number): InterviewContext {
  return { ...context, transcript: [...context.transcript, { role: 'auditor', at, message }] };
}

function currentPosition(context: InterviewContext): Position {
  if (!context.position) throw new Error('No question is being asked');
  return context.position;
}

/** The fresh context: settings from the input and the auditor's introduction. */
export function initialContext(scenario: Scenario, input: InterviewInput, now: Clock): InterviewContext {
  const context: InterviewContext = {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    locale: input.locale,
    mode: input.mode,
    persona: input.persona ?? scenario.persona,
    timeLimitSeconds: input.mode === 'mock' && input.timeLimitSeconds ? input.timeLimitSeconds : null,
    position: null,
    plan: null,
    askedQuestions: [],
    askedProbes: [],
    transcript: [],
  };
  return withAuditorTurn(context, { kind: 'introduction' }, now());
}

/** The accumulated result of the current attempt at the current main question. */
export function currentResult(scenario: Scenario, context: InterviewContext): AccumulatedResult | null {
  if (!context.position) return null;
  const { questionId, attempt } = context.position;
  const answers = answersForAttempt(context.transcript, questionId, attempt);
  return accumulateAnswers(questionById(scenario, questionId), scenario.grading, answers);
}

/** Moves to the planned main question or probe and records the auditor asking it. */
export function moveToPlan(context: InterviewContext, now: Clock): InterviewContext {
  const { plan } = context;
  const at = now();
  if (plan?.kind === 'main') {
    const position = { questionId: plan.questionId, probeId: null, attempt: 1, askedAt: at };
    const moved = {
      ...context,
      position,
      askedQuestions: [...context.askedQuestions, plan.questionId],
      askedProbes: [],
    };
    return withAuditorTurn(moved, { kind: 'question', questionId: plan.questionId, phrasing: 'prompt' }, at);
  }
  if (plan?.kind === 'probe') {
    const { questionId } = currentPosition(context);
    const position = { ...currentPosition(context), probeId: plan.probeId, askedAt: at };
    const moved = { ...context, position, askedProbes: [...context.askedProbes, plan.probeId] };
    return withAuditorTurn(moved, { kind: 'question', questionId, probeId: plan.probeId, phrasing: 'prompt' }, at);
  }
  return context;
}

/** Practice mode: asks the same main question again as a new attempt, with a fresh probe budget. */
export function startRetry(context: InterviewContext, now: Clock): InterviewContext {
  const { questionId, attempt } = currentPosition(context);
  const at = now();
  const retried = {
    ...context,
    position: { questionId, probeId: null, attempt: attempt + 1, askedAt: at },
    askedProbes: [],
  };
  return withAuditorTurn(retried, { kind: 'question', questionId, phrasing: 'prompt' }, at);
}

/** Repeats or rephrases the current question; without a rephrased text the auditor repeats it. */
export function restateQuestion(
  scenario: Scenario,
  context: InterviewContext,
  wanted: Exclude<Phrasing, 'prompt'>,
  now: Clock,
): InterviewContext {
  const { questionId, probeId } = currentPosition(context);
  const question = questionById(scenario, questionId);
  const target = probeId ? question.probes.find((p) => p.id === probeId) : question;
  const phrasing = wanted === 'rephrase' && target?.rephrase ? 'rephrase' : 'repeat';
  const message: AuditorMessage = probeId
    ? { kind: 'question', questionId, probeId, phrasing }
    : { kind: 'question', questionId, phrasing };
  return withAuditorTurn(context, message, now());
}

/** Scores the answer (or its absence) and adds it to the transcript. */
export function recordAnswer(
  scenario: Scenario,
  context: InterviewContext,
  deps: InterviewDeps & { now: Clock },
  kind: AnswerKind,
  text: string,
): InterviewContext {
  const { questionId, probeId, attempt, askedAt } = currentPosition(context);
  const question = questionById(scenario, questionId);
  const probe = probeId ? question.probes.find((p) => p.id === probeId) : undefined;
  const kept = boundAnswerText(text);
  const scored = kind === 'answer' || kind === 'timeout' ? kept : '';
  const result = deps.score(scored, question, context.locale, probe);
  const at = deps.now();
  const answer = { questionId, probeId, attempt, kind, text: kept, result, askedAt, answeredAt: at };
  return { ...context, transcript: [...context.transcript, { role: 'learner', at, answer }] };
}

function acknowledgement(kind: AnswerKind, result: AccumulatedResult): AcknowledgeVariant {
  if (kind === 'dont-know') return 'dont-know';
  if (kind === 'skip') return 'skipped';
  if (kind === 'timeout') return 'time-up';
  if (result.grade === 'conformity' || result.grade === 'ofi') return 'strong';
  return result.grade === 'observation' ? 'partial' : 'weak';
}

function lastAnswerKind(context: InterviewContext): AnswerKind {
  const last = context.transcript.at(-1);
  return last?.role === 'learner' ? last.answer.kind : 'answer';
}

/** Chooses the next step from the accumulated result and acknowledges the answer in the persona's tone. */
export function planAfterAnswer(scenario: Scenario, context: InterviewContext, now: Clock): InterviewContext {
  const { questionId } = currentPosition(context);
  const question: Question = questionById(scenario, questionId);
  const result = currentResult(scenario, context);
  if (!result) return context;
  const plan = chooseNextStep(scenario, question, result, context, context.persona);
  const variant = acknowledgement(lastAnswerKind(context), result);
  return withAuditorTurn({ ...context, plan }, { kind: 'acknowledge', tone: context.persona, variant }, now());
}

/** A skipped question gets no probes: the interview moves to the next main question. */
export function planAfterSkip(scenario: Scenario, context: InterviewContext, now: Clock): InterviewContext {
  const plan = leaveQuestion(scenario, currentPosition(context).questionId, context.askedQuestions);
  return withAuditorTurn(
    { ...context, plan },
    { kind: 'acknowledge', tone: context.persona, variant: 'skipped' },
    now(),
  );
}

/** Plans the first main question in file order. */
export function planFirstQuestion(scenario: Scenario, context: InterviewContext): InterviewContext {
  const first = scenario.questions[0];
  return { ...context, plan: first ? { kind: 'main', questionId: first.id } : { kind: 'end' } };
}

/** The auditor's closing turn. */
export function closeInterview(context: InterviewContext, now: Clock): InterviewContext {
  return withAuditorTurn({ ...context, plan: { kind: 'end' } }, { kind: 'closing' }, now());
}
