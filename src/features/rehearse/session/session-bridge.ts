import type { AuditorTurn, PersistReason } from '@/domain/interview';
import type { StorageProblem } from '@/storage/storage-problem';

/**
 * pendingWrites: writes queued but not yet committed, so the page can say when everything is saved.
 * waiting: answers given that are not yet durable (shown with the problem that keeps them waiting).
 */
export type SessionState = {
  deadline: number | null;
  problem: StorageProblem | null;
  pendingWrites: number;
  waiting: number;
};

/**
 * Connects the interview machine's named side effects to the page: the timer deadline and storage
 * problems as a small external store, speech through a replaceable speaker, and the reasons to persist.
 */
export function createSessionBridge() {
  let state: SessionState = { deadline: null, problem: null, pendingWrites: 0, waiting: 0 };
  const listeners = new Set<() => void>();
  const update = (changes: Partial<SessionState>) => {
    state = { ...state, ...changes };
    listeners.forEach((listener) => listener());
  };
  let speaker: (turn: AuditorTurn | undefined) => void = () => undefined;
  const pending = new Set<PersistReason>();
  const startTimer = (seconds: number) => update({ deadline: Date.now() + seconds * 1000 });
  return {
    pending,
    startTimer,
    setSpeaker: (next: typeof speaker) => void (speaker = next),
    reportProblem: (problem: StorageProblem | null) => state.problem !== problem && update({ problem }),
    reportWaiting: (waiting: number) => state.waiting !== waiting && update({ waiting }),
    writeQueued: () => update({ pendingWrites: state.pendingWrites + 1 }),
    writeSettled: () => update({ pendingWrites: Math.max(0, state.pendingWrites - 1) }),
    actions: {
      persistProgress: (_: unknown, params: { reason: PersistReason }) => void pending.add(params.reason),
      speakTurn: (_: unknown, params: { turn: AuditorTurn | undefined }) => speaker(params.turn),
      startTimer: (_: unknown, params: { seconds: number }) => startTimer(params.seconds),
      stopTimer: () => update({ deadline: null }),
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getState: () => state,
  };
}

export type SessionBridge = ReturnType<typeof createSessionBridge>;
