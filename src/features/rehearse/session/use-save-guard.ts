import { useEffect, useLayoutEffect, useRef } from 'react';
import { registerReloadGuard } from '@/lib/reload-guard';

type Waiter = () => boolean;

/**
 * While an interview is open, work the app starts itself (a reload into a new version, a hand-over to another
 * tab) waits until every write it queued has committed: the guard resolves once nothing is saving, and
 * rejects when the last save failed (the answer is not stored yet, so the page must stay as it is).
 */
export function useSaveGuard(saving: boolean, failed: boolean): void {
  const state = useRef({ saving, failed });
  const waiters = useRef(new Set<Waiter>());
  // A layout effect: the state is current before any later task (a message from another tab) reads it.
  useLayoutEffect(() => {
    state.current = { saving, failed };
    waiters.current.forEach((settle) => settle());
  }, [saving, failed]);
  useEffect(() => {
    const pending = waiters.current;
    const unregister = registerReloadGuard(
      () =>
        new Promise<void>((resolve, reject) => {
          const settle: Waiter = () => {
            if (state.current.saving) return false;
            pending.delete(settle);
            if (state.current.failed) reject(new Error('The interview has answers that are not saved yet'));
            else resolve();
            return true;
          };
          if (!settle()) pending.add(settle);
        }),
    );
    return () => {
      unregister();
      pending.clear();
    };
  }, []);
}
