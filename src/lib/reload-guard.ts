/**
 * Open work a reload must not lose. `flush` saves it and resolves once it is stored; it rejects (or is still
 * running after the timeout) when it cannot save now, and then the page stays as it is.
 * It may be called more than once, and while a save of its own is under way.
 */
export type ReloadGuard = () => Promise<void>;

const guards = new Set<ReloadGuard>();
let pending: Promise<boolean> | null = null;

/** Registers work to save before any reload the app starts itself (an update, a missing file); returns the unregister. */
export function registerReloadGuard(flush: ReloadGuard): () => void {
  guards.add(flush);
  return () => guards.delete(flush);
}

type ReloadOptions = { timeoutMs?: number; reload?: () => void };

async function allSaved(timeoutMs: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const flushes = Promise.all([...guards].map(async (flush) => flush())).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([flushes, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Saves the work of every registered guard without reloading: resolves true once all of it is stored, false
 * when a guard fails or takes longer than `timeoutMs` (an interview handed over to another tab).
 */
export function saveOpenWork(timeoutMs = 5000): Promise<boolean> {
  return allSaved(timeoutMs);
}

/**
 * Reloads the page once every registered guard has saved its work, and resolves true. Resolves false, and
 * leaves the page as it is, when a guard fails or takes longer than `timeoutMs`. Calls made while one is
 * under way share it.
 */
export function reloadWhenSaved({ timeoutMs = 5000, reload = () => window.location.reload() }: ReloadOptions = {}) {
  pending ??= allSaved(timeoutMs).then((saved) => {
    if (saved) reload();
    else pending = null;
    return saved;
  });
  return pending;
}
