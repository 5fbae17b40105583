import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor, type SnapshotFrom } from 'xstate';
import { loadScenario } from '@/domain/scenario/load-scenario';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { createInterviewMachine, type InterviewMachine } from '@/domain/interview/interview-machine';
import type { AnswerRecord, InterviewInput } from '@/domain/interview/interview-types';
import type { QuestionScorer } from '@/domain/scenario/question-scorer';
import { answersOf } from '@/domain/interview/transcript';
import { fakeScore } from './fake-scorer';

/** Loads a scenario file through the real pipeline and fails loudly if it does not load. */
export function loadScenarioFile(path: string): Scenario {
  const result = loadScenario(readFileSync(path, 'utf8'), path);
  if (!result.ok)
    throw new Error(`${path}: ${result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`);
  return result.scenario;
}

export const fixturePath = (name: string) => join(import.meta.dirname, '..', 'fixtures', name);

export function backupScenario(): Scenario {
  return loadScenarioFile(fixturePath('backup-interview.yaml'));
}

/** A clock that ticks one second per reading, so timestamps are deterministic and ordered. */
export function tickingClock(start = 1_000_000): () => number {
  let t = start;
  return () => (t += 1000);
}

export type Effects = { spoken: unknown[]; persisted: string[]; timers: string[] };

/** A machine with recording side effects; `score` and the clock are injected. */
export function recordingMachine(scenario: Scenario, score: QuestionScorer = fakeScore) {
  const effects: Effects = { spoken: [], persisted: [], timers: [] };
  const machine = createInterviewMachine(scenario, { score, now: tickingClock() }).provide({
    actions: {
      speakTurn: (_, params) => void effects.spoken.push(params.turn?.message),
      persistProgress: (_, params) => void effects.persisted.push(params.reason),
      startTimer: (_, params) => void effects.timers.push(`start:${params.seconds}`),
      stopTimer: () => void effects.timers.push('stop'),
    },
  });
  return { machine, effects };
}

export function startInterview(machine: InterviewMachine, input: Partial<InterviewInput> = {}) {
  const actor = createActor(machine, { input: { locale: 'en', mode: 'mock', ...input } });
  actor.start();
  return actor;
}

export type InterviewSnapshot = SnapshotFrom<InterviewMachine>;

/** Where the interview stands, as "question" or "question/probe", or "finished". */
export function whereAt(snapshot: InterviewSnapshot): string {
  if (snapshot.hasTag('finished')) return 'finished';
  const position = snapshot.context.position;
  if (!position) return 'introduction';
  return position.probeId ? `${position.questionId}/${position.probeId}` : position.questionId;
}

/** The questions and probes the auditor asked, in order (repeats and rephrasings left out). */
export function askedPath(snapshot: InterviewSnapshot): string[] {
  return snapshot.context.transcript.flatMap((turn) =>
    turn.role === 'auditor' && turn.message.kind === 'question' && turn.message.phrasing === 'prompt'
      ? [turn.message.probeId ? `${turn.message.questionId}/${turn.message.probeId}` : turn.message.questionId]
      : [],
  );
}

export function answers(snapshot: InterviewSnapshot): AnswerRecord[] {
  return answersOf(snapshot.context.transcript);
}
