// Persistence and usage, both feature-detected: older Safari and some embedded browsers lack the Storage API.

/** The parts of navigator.storage used here; tests pass a stand-in. */
export type StorageManagerLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

export type PersistenceOutcome = 'granted' | 'denied' | 'unsupported';
export type UsageEstimate = { supported: true; usageBytes: number; quotaBytes: number } | { supported: false };

function browserStorage(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/**
 * Asks the browser to keep the app's data when space runs low ("persistent storage"). Chromium grants it
 * silently by its own rules, Firefox may ask the user; either way the answer is only ever yes or no.
 */
export async function requestPersistence(
  storage: StorageManagerLike | undefined = browserStorage(),
): Promise<PersistenceOutcome> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (storage.persisted && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

/** Whether the data is already kept persistently. */
export async function isPersisted(
  storage: StorageManagerLike | undefined = browserStorage(),
): Promise<PersistenceOutcome> {
  if (!storage?.persisted) return 'unsupported';
  try {
    return (await storage.persisted()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

/** How much the app stores and may store, in bytes, as the browser estimates it (rounded by design). */
export async function estimateUsage(
  storage: StorageManagerLike | undefined = browserStorage(),
): Promise<UsageEstimate> {
  if (!storage?.estimate) return { supported: false };
  try {
    const { usage, quota } = await storage.estimate();
    if (typeof usage !== 'number' || typeof quota !== 'number') return { supported: false };
    return { supported: true, usageBytes: usage, quotaBytes: quota };
  } catch {
    return { supported: false };
  }
}
