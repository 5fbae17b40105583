import { assign, setup } from 'xstate';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { isBlankText } from '@/domain/text/visible-text';
import { fitsAnswerLimit } from './answer-text';
import {
  closeInterview,
  moveToPlan,
  planAfterAnswer,
  planAfterSkip,
  planFirstQuestion,
  recordAnswer,
  restateQuestion,
  startRetry,
} from './context-updates';
import type {
  AnswerKind,
  AuditorTurn,
  InterviewContext,
  InterviewDeps,
  InterviewEvent,
  InterviewInput,
  InterviewTag,
  PersistReason,
} from './interview-types';
import type { InterviewReport } from './report-types';

/** Practice retries per main question, so that every interview ends however the learner plays it. */
export const maxAttempts = 3;

// Side effects have no-op defaults: the app provides them with machine.provide(), tests swap them.
// They run while the transition is computed, so persistProgress should read the snapshot afterwards
// (a microtask or a subscription), never actor.getSnapshot() inside the action.
const sideEffects = {
  persistProgress: (_: unknown, _params: { reason: PersistReason }) => {},
  speakTurn: (_: unknown, _params: { turn: AuditorTurn | undefined }) => {},
  startTimer: (_: unknown, _params: { seconds: number }) => {},
  stopTimer: () => {},
};

/** The machine's types, named actions and guards for one scenario; the scorer and clock live in closures. */
export function interviewSetup(scenario: Scenario, deps: InterviewDeps & { now: () => number }) {
  const { now } = deps;
  const record = (context: InterviewContext, kind: AnswerKind, text: string) =>
    recordAnswer(scenario, context, deps, kind, text);
  return setup({
    types: {
      context: {} as InterviewContext,
      events: {} as InterviewEvent,
      input: {} as InterviewInput,
      output: {} as InterviewReport,
      tags: {} as InterviewTag,
    },
    actions: {
      ...sideEffects,
      recordAnswer: assign(({ context, event }) =>
        record(context, 'answer', event.type === 'answer.submit' ? event.text : ''),
      ),
      recordDontKnow: assign(({ context }) => record(context, 'dont-know', '')),
      recordSkip: assign(({ context }) => record(context, 'skip', '')),
      recordTimeout: assign(({ context, event }) =>
        record(context, 'timeout', event.type === 'timer.expire' ? (event.text ?? '') : ''),
      ),
      planFirstQuestion: assign(({ context }) => planFirstQuestion(scenario, context)),
      planAfterAnswer: assign(({ context }) => planAfterAnswer(scenario, context, now)),
      planAfterSkip: assign(({ context }) => planAfterSkip(scenario, context, now)),
      moveToPlan: assign(({ context }) => moveToPlan(context, now)),
      startRetry: assign(({ context }) => startRetry(context, now)),
      repeatQuestion: assign(({ context }) => restateQuestion(scenario, context, 'repeat', now)),
      rephraseQuestion: assign(({ context }) => restateQuestion(scenario, context, 'rephrase', now)),
      closeInterview: assign(({ context }) => closeInterview(context, now)),
    },
    guards: {
      hasText: ({ event }) => event.type === 'answer.submit' && !isBlankText(event.text),
      fitsAnswerLimit: ({ event }) => event.type === 'answer.submit' && fitsAnswerLimit(event.text),
      isMock: ({ context }) => context.mode === 'mock',
      planIsProbe: ({ context }) => context.plan?.kind === 'probe',
      planIsMain: ({ context }) => context.plan?.kind === 'main',
      showsFeedback: ({ context }) => context.mode === 'practice',
      atProbe: ({ context }) => Boolean(context.position?.probeId),
      canRetry: ({ context }) =>
        context.mode === 'practice' && (context.position?.attempt ?? maxAttempts) < maxAttempts,
    },
  });
}
