import { reloadWhenSaved } from './reload-guard';

const markerKey = 'mat-reloaded-for-missing-file';
let recovering: Promise<never> | null = null;

// The built index.html names its entry script with a hash of everything the app loads: it tells releases apart.
function currentRelease(): string {
  return document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src ?? 'development';
}

function markReload(release: string): boolean {
  try {
    if (sessionStorage.getItem(markerKey) === release) return false;
    sessionStorage.setItem(markerKey, release);
    return true;
  } catch {
    // Without session storage nothing stops a reload loop, so the page stays.
    return false;
  }
}

/**
 * A file this page needs cannot be loaded: a newer release replaced it on the server, or its cache is gone.
 * Reloads once per release, after open work is saved, and never settles then, so the page keeps its
 * loading state instead of an error. Rejects with the error when this release has already reloaded for a
 * missing file (no reload loop), or when open work could not be saved.
 */
export function recoverFromMissingFile(error: unknown): Promise<never> {
  if (recovering) return recovering;
  const release = currentRelease();
  if (!markReload(release)) return Promise.reject(error);
  recovering = reloadWhenSaved().then((reloading) => {
    if (reloading) return new Promise<never>(() => undefined);
    sessionStorage.removeItem(markerKey);
    recovering = null;
    throw error;
  });
  return recovering;
}

/** Recovers from every failed dynamic import: Vite reports each one (route, translations, scenario data). */
export function recoverFromMissingFiles(): void {
  window.addEventListener('vite:preloadError', (event) => {
    recoverFromMissingFile(event.payload).catch(() => undefined);
  });
}
