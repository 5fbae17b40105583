import { useAppUpdate } from './app-update-store';

function watchForUpdate(registration: ServiceWorkerRegistration) {
  const offer = (worker: ServiceWorker | null) => {
    // A worker that installs while no page is controlled is the first install, not an update.
    if (worker && navigator.serviceWorker.controller) useAppUpdate.getState().setWaiting(worker);
  };
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => installing.state === 'installed' && offer(installing));
  });
}

/** Registers the offline worker of a production build; development and tests run without it. */
export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  try {
    const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    watchForUpdate(registration);
  } catch (error) {
    // Offline use is an extra; the app works without it.
    console.warn('Service worker registration failed', error);
  }
}
