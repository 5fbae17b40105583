import { useAppUpdate } from './app-update-store';
import { reloadWhenSaved } from './reload-guard';

const retryReloadMs = 2000;

function watchForUpdate(registration: ServiceWorkerRegistration) {
  const offer = (worker: ServiceWorker | null) => {
    // A worker that installs while no page is controlled is the first install, not an update.
    if (worker && navigator.serviceWorker.controller) useAppUpdate.getState().setWaiting(worker);
  };
  const watch = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
  offer(registration.waiting);
  // Another tab's visit may have started the install before this page registered.
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
}

/**
 * A new release takes over only when some tab asks for it ("Update now"); then every tab that ran the
 * previous one reloads, each once its open work is saved, trying again while a guard cannot save yet.
 */
export function reloadWhenAnUpdateTakesOver(container: ServiceWorkerContainer = navigator.serviceWorker) {
  let controlled = Boolean(container.controller);
  container.addEventListener('controllerchange', () => {
    // The first install takes over a page that is already the current release.
    if (!controlled) {
      controlled = true;
      return;
    }
    const attempt = async () => {
      if (!(await reloadWhenSaved())) setTimeout(attempt, retryReloadMs);
    };
    void attempt();
  });
}

/** Registers the offline worker of a production build; development and tests run without it. */
export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  reloadWhenAnUpdateTakesOver();
  try {
    const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    watchForUpdate(registration);
    navigator.serviceWorker.controller?.postMessage('tab-started');
  } catch (error) {
    // Offline use is an extra; the app works without it.
    console.warn('Service worker registration failed', error);
  }
}
