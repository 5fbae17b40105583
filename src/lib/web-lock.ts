import type { TabLock } from './tab-lock';

/**
 * A tab lock on the Web Locks API. The browser releases it when the tab closes or crashes, and queues the
 * tabs that wait for it. A lock taken with `steal` makes the holder's request reject with an AbortError: that
 * is how the holder learns it lost the lock.
 */
export function webLock(name: string, locks: LockManager): TabLock {
  let releaseHeld: (() => void) | null = null;
  let waiting: AbortController | null = null;
  let closed = false;
  let lost = () => undefined as void;

  const hold = (options: LockOptions) =>
    new Promise<boolean>((resolve) => {
      locks
        .request(name, options, (lock) => {
          // A grant after close (or an "ifAvailable" miss) returns at once, which gives the lock straight back.
          if (!lock || closed) return resolve(false);
          resolve(true);
          return new Promise<void>((release) => (releaseHeld = release));
        })
        .catch(() => {
          if (!releaseHeld) return resolve(false); // the wait was aborted before a grant
          releaseHeld = null;
          lost();
        });
    });

  const release = () => {
    releaseHeld?.();
    releaseHeld = null;
  };

  return {
    async acquire(waitMs) {
      if (releaseHeld) return true;
      if (waitMs <= 0) return hold({ ifAvailable: true });
      waiting = new AbortController();
      const timer = setTimeout(() => waiting?.abort(), waitMs);
      try {
        return await hold({ signal: waiting.signal });
      } finally {
        clearTimeout(timer);
        waiting = null;
      }
    },
    async steal() {
      if (!releaseHeld) await hold({ steal: true });
    },
    release,
    onLost(listener) {
      lost = listener;
    },
    close() {
      closed = true;
      waiting?.abort();
      release();
    },
  };
}
