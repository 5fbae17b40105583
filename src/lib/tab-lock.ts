import { heartbeatLock } from './heartbeat-lock';
import { webLock } from './web-lock';

/**
 * A lock that at most one tab of this origin holds at a time, released when the tab closes. Two ways to
 * build it: the Web Locks API (`web-lock.ts`) and, where that is missing, a localStorage claim renewed by a
 * heartbeat (`heartbeat-lock.ts`).
 */
export type TabLock = {
  /** Waits up to `waitMs` for the lock (0: only if it is free now); resolves true once this tab holds it. */
  acquire(waitMs: number): Promise<boolean>;
  /** Takes the lock from whichever tab holds it; that tab's `onLost` listener runs. */
  steal(): Promise<void>;
  /** Gives the lock up, if this tab holds it. */
  release(): void;
  /** Runs `listener` when another tab takes the lock away. */
  onLost(listener: () => void): void;
  /** Releases the lock and stops waiting for it, for good. */
  close(): void;
};

/** The Web Locks API where the browser has it, else the heartbeat claim. */
export function createTabLock(name: string): TabLock {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator.locks as LockManager | undefined);
  return locks ? webLock(name, locks) : heartbeatLock(name);
}
