import { createActor, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import {
  answersOf,
  checkSnapshot,
  createInterviewMachine,
  scenarioScorer,
  type SnapshotRefusal,
  type Turn,
  type InterviewInput,
  type InterviewMachine,
} from '@/domain/interview';
import type { QuestionScorer } from '@/domain/scenario/question-scorer';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { jsonCopy } from '@/lib/json-copy';
import type { NewAnswer } from '@/storage/answer-repository';
import { toNewAnswer } from './interview-writer';

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

/**
 * A stored snapshot this scenario's machine can resume from, migrated to the current machine version, or
 * undefined when there is none (the interview then starts from the beginning). Call only after `openInterview`
 * said `run`: an attempt whose snapshot is refused is never started afresh.
 */
export function resumableSnapshot(scenario: Scenario, stored: unknown): InterviewSnapshot | undefined {
  if (stored === undefined) return undefined;
  const check = checkSnapshot(scenario, stored);
  return check.ok ? (check.snapshot as unknown as InterviewSnapshot) : undefined;
}

/**
 * How a stored attempt opens: `run` the interview, or `refused` with the reason and its transcript's answers
 * as far as they can be read (to keep them). One a newer version wrote is left untouched (no answers read).
 */
export type InterviewOpening = { kind: 'run' } | { kind: 'refused'; reason: SnapshotRefusal; answers: NewAnswer[] };

function readableAnswers(stored: unknown): NewAnswer[] {
  const transcript: unknown = (stored as { context?: { transcript?: unknown } } | null)?.context?.transcript;
  try {
    return Array.isArray(transcript) ? answersOf(transcript as Turn[]).map(toNewAnswer) : [];
  } catch {
    return [];
  }
}

export function openInterview(scenario: Scenario, stored: unknown): InterviewOpening {
  if (stored === undefined) return { kind: 'run' };
  const check = checkSnapshot(scenario, stored);
  if (check.ok) return { kind: 'run' };
  return {
    kind: 'refused',
    reason: check.reason,
    answers: check.reason === 'newer-machine' ? [] : readableAnswers(stored),
  };
}
