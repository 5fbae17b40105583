import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { probeCap } from '@/domain/interview/follow-up';
import { maxAttempts } from '@/domain/interview/interview-machine';
import type { InterviewEvent } from '@/domain/interview/interview-types';
import { answersOf } from '@/domain/interview/transcript';
import { backupScenario, recordingMachine, startInterview } from './support/interview-harness';

const scenario = backupScenario();

/** Answers (of any kind) the interview can take at most, without retries: every main question once, every probe slot used. */
function answerBound(s: Scenario, persona: 'friendly' | 'strict'): number {
  return s.questions.length * (1 + probeCap(s, persona));
}

const answerEvents: InterviewEvent[] = [
  { type: 'answer.dont-know' },
  { type: 'answer.submit', text: 'We take security seriously and follow best practice.' },
  { type: 'answer.submit', text: 'No backups, restores never tested, never restored.' },
  { type: 'answer.submit', text: 'We usually have a backup policy, nightly.' },
  {
    type: 'answer.submit',
    text: 'Our backup policy: nightly, offsite, encrypted; restore test with test report; recovery plan.',
  },
  { type: 'question.skip' },
  { type: 'timer.expire' },
];
const otherEvents: InterviewEvent[] = [
  { type: 'question.repeat' },
  { type: 'question.rephrase' },
  { type: 'answer.retry' },
  { type: 'feedback.continue' },
];

describe('every interview ends', () => {
  it.each(['friendly', 'strict'] as const)('weak answers to everything end within the bound (%s)', (persona) => {
    const { machine } = recordingMachine(scenario);
    const actor = startInterview(machine, { persona });
    actor.send({ type: 'interview.start' });
    let steps = 0;
    while (actor.getSnapshot().status !== 'done' && steps <= answerBound(scenario, persona)) {
      actor.send({ type: 'answer.dont-know' });
      steps += 1;
    }
    expect(actor.getSnapshot().status).toBe('done');
    expect(steps).toBeLessThanOrEqual(answerBound(scenario, persona));
  });

  it('any mix of events, in either mode and persona, ends once enough answers are given', () => {
    const modes = fc.constantFrom('practice' as const, 'mock' as const);
    const personas = fc.constantFrom('friendly' as const, 'strict' as const);
    const script = fc.array(fc.constantFrom(...answerEvents, ...otherEvents), { maxLength: 60 });
    fc.assert(
      fc.property(modes, personas, script, (mode, persona, events) => {
        const { machine } = recordingMachine(scenario);
        const actor = startInterview(machine, { mode, persona, timeLimitSeconds: 30 });
        actor.send({ type: 'interview.start' });
        for (const event of events) if (actor.getSnapshot().status !== 'done') actor.send(event);
        // Whatever happened so far, plain answers and continues must finish it within the retry-inclusive bound.
        const bound = answerBound(scenario, persona) * maxAttempts;
        let steps = 0;
        while (actor.getSnapshot().status !== 'done' && steps < bound) {
          actor.send(
            actor.getSnapshot().hasTag('showing-feedback')
              ? { type: 'feedback.continue' }
              : { type: 'answer.dont-know' },
          );
          steps += 1;
        }
        expect(actor.getSnapshot().status).toBe('done');
        expect(answersOf(actor.getSnapshot().context.transcript).length).toBeLessThanOrEqual(bound);
        const asked = actor.getSnapshot().context.askedQuestions;
        expect(new Set(asked).size).toBe(asked.length);
      }),
      { numRuns: 150, seed: 27001 },
    );
  });
});
