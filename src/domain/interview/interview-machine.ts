import { and, enqueueActions } from 'xstate';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { initialContext } from './context-updates';
import { interviewSetup } from './interview-setup';
import type { AuditorTurn, InterviewContext, InterviewDeps } from './interview-types';
import { buildInterviewReport } from './report';
import { lastAuditorTurn } from './transcript';

export { maxAttempts } from './interview-setup';

function speakLast({ context }: { context: InterviewContext }): { turn: AuditorTurn | undefined } {
  return { turn: lastAuditorTurn(context.transcript) };
}

const speak = { type: 'speakTurn', params: speakLast } as const;

// One declarative chart: scoring, choosing and advancing are transient steps, so a snapshot always rests
// in introduction, asking, feedback or wrapUp, the states a reload must resume.
/** Builds the interview machine for one scenario; the scorer and clock stay outside the snapshot. */
export function createInterviewMachine(scenario: Scenario, deps: InterviewDeps) {
  const now = deps.now ?? Date.now;
  return interviewSetup(scenario, { ...deps, now }).createMachine({
    id: 'interview',
    context: ({ input }) => initialContext(scenario, input, now),
    initial: 'introduction',
    on: { 'interview.finish': '.wrapUp' },
    output: ({ context }) => buildInterviewReport(scenario, context, context.locale),
    states: {
      introduction: {
        tags: ['introduction'],
        entry: [speak],
        on: { 'interview.start': { target: 'asking.main', actions: ['planFirstQuestion', 'moveToPlan'] } },
      },
      asking: {
        tags: ['awaiting-answer'],
        entry: [
          speak,
          { type: 'persistProgress', params: { reason: 'position' } },
          enqueueActions(({ context, enqueue }) => {
            if (context.timeLimitSeconds)
              enqueue({ type: 'startTimer', params: { seconds: context.timeLimitSeconds } });
          }),
        ],
        exit: enqueueActions(({ context, enqueue }) => {
          if (context.timeLimitSeconds) enqueue('stopTimer');
        }),
        on: {
          'answer.submit': { guard: and(['hasText', 'fitsAnswerLimit']), target: 'scoring', actions: 'recordAnswer' },
          'answer.dont-know': { target: 'scoring', actions: 'recordDontKnow' },
          'timer.expire': { guard: 'isMock', target: 'scoring', actions: 'recordTimeout' },
          // A skipped follow-up ends the question as an answer does: practice mode still shows its feedback
          // (the main answer was given); a skipped main question has nothing to give feedback on.
          'question.skip': [
            {
              guard: and(['showsFeedback', 'atProbe']),
              target: 'feedback',
              actions: [
                'recordSkip',
                { type: 'persistProgress', params: { reason: 'answer' } },
                'planAfterSkip',
                speak,
              ],
            },
            {
              target: 'advancing',
              actions: [
                'recordSkip',
                { type: 'persistProgress', params: { reason: 'answer' } },
                'planAfterSkip',
                speak,
              ],
            },
          ],
          'question.repeat': { actions: ['repeatQuestion', speak] },
          'question.rephrase': { actions: ['rephraseQuestion', speak] },
        },
        initial: 'main',
        states: { main: { tags: ['main-question'] }, probe: { tags: ['probe'] } },
      },
      scoring: {
        entry: { type: 'persistProgress', params: { reason: 'answer' } },
        always: { target: 'choosing', actions: ['planAfterAnswer', speak] },
      },
      choosing: {
        always: [
          { guard: 'planIsProbe', target: 'asking.probe', actions: 'moveToPlan' },
          { guard: 'showsFeedback', target: 'feedback' },
          { target: 'advancing' },
        ],
      },
      feedback: {
        tags: ['showing-feedback'],
        on: {
          'feedback.continue': 'advancing',
          'answer.retry': { guard: 'canRetry', target: 'asking.main', actions: 'startRetry' },
        },
      },
      advancing: {
        always: [{ guard: 'planIsMain', target: 'asking.main', actions: 'moveToPlan' }, { target: 'wrapUp' }],
      },
      wrapUp: {
        type: 'final',
        tags: ['finished'],
        entry: ['closeInterview', speak, { type: 'persistProgress', params: { reason: 'finished' } }],
      },
    },
  });
}

export type InterviewMachine = ReturnType<typeof createInterviewMachine>;
