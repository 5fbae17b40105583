import { createActor, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import {
  createInterviewMachine,
  isSnapshotFor,
  scenarioScorer,
  type InterviewInput,
  type InterviewMachine,
} from '@/domain/interview';
import type { QuestionScorer } from '@/domain/scenario/question-scorer';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { jsonCopy } from '@/lib/json-copy';

export type InterviewActor = ActorRefFrom<InterviewMachine>;
export type InterviewSnapshot = SnapshotFrom<InterviewMachine>;

const scorers = new WeakMap<Scenario, QuestionScorer>();

/** One compiled scorer per scenario, shared by the machine and the live coach panel. */
export function scorerFor(scenario: Scenario): QuestionScorer {
  let scorer = scorers.get(scenario);
  if (!scorer) {
    scorer = scenarioScorer(scenario);
    scorers.set(scenario, scorer);
  }
  return scorer;
}

/** The persisted snapshot of a new interview, stored with the attempt when it starts. */
export function initialSnapshot(scenario: Scenario, input: InterviewInput): unknown {
  const actor = createActor(createInterviewMachine(scenario, { score: scorerFor(scenario) }), { input });
  actor.start();
  const snapshot = actor.getPersistedSnapshot();
  actor.stop();
  return jsonCopy(snapshot);
}

/** A stored snapshot this scenario's machine can resume from, or undefined (the interview then starts afresh). */
export function resumableSnapshot(scenario: Scenario, stored: unknown): InterviewSnapshot | undefined {
  return isSnapshotFor(scenario, stored) ? (stored as InterviewSnapshot) : undefined;
}
