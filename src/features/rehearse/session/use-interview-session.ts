import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { createInterviewMachine, type AuditorTurn } from '@/domain/interview';
import type { Attempt } from '@/domain/records/attempt-schema';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { jsonCopy } from '@/lib/json-copy';
import type { StorageProblem } from '@/storage/storage-problem';
import { resumableSnapshot, scorerFor, type InterviewActor, type InterviewSnapshot } from './interview-actor';
import { createInterviewWriter } from './interview-writer';
import { createSessionBridge } from './session-bridge';

export type RunningInterview = {
  actor: InterviewActor;
  state: InterviewSnapshot;
  deadline: number | null;
  problem: StorageProblem | null;
  saving: boolean;
};

/** A running interview for one attempt: the actor, resumed from its stored snapshot, with persistence and timer. */
export function useInterviewSession(
  scenario: Scenario,
  attempt: Attempt,
  speak: (turn: AuditorTurn | undefined) => void,
): RunningInterview {
  const [bridge] = useState(createSessionBridge);
  useEffect(() => bridge.setSpeaker(speak), [bridge, speak]);
  const machine = useMemo(
    () => createInterviewMachine(scenario, { score: scorerFor(scenario) }).provide({ actions: bridge.actions }),
    [scenario, bridge],
  );
  const snapshot = resumableSnapshot(scenario, attempt.machineSnapshot);
  const input = { locale: attempt.locale, mode: attempt.mode, persona: attempt.persona };
  const actor = useActorRef(machine, { input, snapshot });

  useEffect(() => {
    const restored = actor.getSnapshot();
    const write = createInterviewWriter(attempt.id, bridge, restored);
    // Entry actions do not run again on restore, and a timer does not survive a reload: give the question its full time.
    if (restored.hasTag('awaiting-answer') && restored.context.timeLimitSeconds)
      bridge.startTimer(restored.context.timeLimitSeconds);
    // Catch the answers table up with the stored snapshot (an answer whose save never committed), and
    // finish an interview that ended before its end was stored.
    if (snapshot && attempt.status === 'in-progress') write(restored, jsonCopy(actor.getPersistedSnapshot()), true);
    const subscription = actor.subscribe((next) => write(next, jsonCopy(actor.getPersistedSnapshot())));
    return () => {
      subscription.unsubscribe();
      write.stop();
    };
    // One writer per actor; the attempt's later refetches must not restart it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [actor, bridge]);

  const state = useSelector(actor, (s) => s);
  const { deadline, problem, pendingWrites } = useSyncExternalStore(bridge.subscribe, bridge.getState);
  return { actor, state, deadline, problem, saving: pendingWrites > 0 };
}
