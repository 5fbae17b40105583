import { describe, expect, it } from 'vitest';
import { scenarioScorer } from '@/domain/interview/scenario-scorer';
import { answersOf } from '@/domain/interview/transcript';
import { loadScenarioFile, recordingMachine, startInterview } from './support/interview-harness';

const scenario = loadScenarioFile('scenarios/patch-management.yaml');
const finished = 'We roll patches out through WSUS.';
const halfSentence = 'Critical patches go out within 14 days';

function statusAfter(event: { type: 'timer.expire'; text: string } | { type: 'answer.submit'; text: string }) {
  const { machine } = recordingMachine(scenario, scenarioScorer(scenario));
  const actor = startInterview(machine, { mode: 'mock' });
  actor.send({ type: 'interview.start' });
  actor.send(event);
  const [answer] = answersOf(actor.getSnapshot().context.transcript);
  return new Map(answer!.result.evidence.map((e) => [e.id, e.status]));
}

// Found: a sentence cut off by the timer earned credit as if the learner had finished it.
describe('an answer the timer ended', () => {
  it('earns nothing for its unfinished last sentence, but keeps the finished ones', () => {
    const cut = statusAfter({ type: 'timer.expire', text: `${finished} ${halfSentence}` });
    expect(cut.get('patch-timelines')).toBe('missing');
    expect(cut.get('deployment-tool')).toBe('covered');
  });

  it('credits the same words when the learner submits them', () => {
    const submitted = statusAfter({ type: 'answer.submit', text: `${finished} ${halfSentence}` });
    expect(submitted.get('patch-timelines')).toBe('covered');
  });
});
