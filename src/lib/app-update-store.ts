import { create } from 'zustand';

type AppUpdateState = {
  /** A newer version of the app, installed and waiting for the user's go-ahead. */
  waiting: ServiceWorker | null;
  setWaiting: (worker: ServiceWorker | null) => void;
};

export const useAppUpdate = create<AppUpdateState>()((set) => ({
  waiting: null,
  setWaiting: (waiting) => set({ waiting }),
}));

/** Switches to the waiting version; every open tab then reloads into it once its work is saved. */
export function applyAppUpdate(): void {
  useAppUpdate.getState().waiting?.postMessage('skip-waiting');
}
