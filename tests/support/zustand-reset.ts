// Every zustand store made while a test file runs, with the state it was made with, so the setup can put
// each one back after every test: a store changed by one test never leaks into the next.
import type * as Zustand from 'zustand';

const resets = new Set<() => void>();

export function resetAllStores(): void {
  for (const reset of resets) reset();
}

/** zustand's `create`, wrapped to remember each store's initial state (both the curried and plain forms). */
export function recordingCreate(actual: typeof Zustand): typeof Zustand.create {
  const createRecorded = <T>(creator: Zustand.StateCreator<T, [], []>) => {
    const store = actual.create<T>()(creator);
    const initial = store.getInitialState();
    resets.add(() => store.setState(initial, true));
    return store;
  };
  return (<T>(creator?: Zustand.StateCreator<T, [], []>) =>
    creator === undefined ? createRecorded : createRecorded(creator)) as typeof Zustand.create;
}
