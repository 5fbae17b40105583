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

/** Switches to the waiting version; the page reloads once the new worker has taken over. */
export function applyAppUpdate(): void {
  const { waiting } = useAppUpdate.getState();
  if (!waiting) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting.postMessage('skip-waiting');
}
