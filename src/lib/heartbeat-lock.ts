import type { TabLock } from './tab-lock';

type Claim = { tab: string; at: number };

export type HeartbeatOptions = {
  storage?: Storage;
  now?: () => number;
  /** How often the holder renews its claim. */
  heartbeatMs?: number;
  /**
   * A claim not renewed for this long belongs to a tab that is gone (crashed, or killed before `pagehide`).
   * Generous, as a busy or background tab runs its timers late; a closing tab frees its claim at once anyway.
   */
  staleMs?: number;
  /** How long a new claim must survive before it counts: two tabs claiming at once both see the later write. */
  settleMs?: number;
  tab?: string;
};

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A tab lock for browsers without the Web Locks API: the holder writes `{tab, at}` under one localStorage key
 * and renews it every heartbeat; a tab may claim the key when it is empty, its own, or stale. A claim counts
 * once it is still there after `settleMs`. The holder checks the key at every heartbeat (and on `storage`
 * events) and treats another tab's claim as a steal. Best effort, as localStorage reaches other tabs a little
 * later: it only backs up the Web Locks API, which every current browser has.
 */
export function heartbeatLock(name: string, options: HeartbeatOptions = {}): TabLock {
  const {
    storage = localStorage,
    now = Date.now,
    heartbeatMs = 1000,
    staleMs = 10 * heartbeatMs,
    settleMs = 50,
    tab = crypto.randomUUID(),
  } = options;
  const key = `mat-tab-lock:${name}`;
  let held = false;
  let closed = false;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let lost = () => undefined as void;

  const read = (): Claim | null => {
    try {
      return JSON.parse(storage.getItem(key) ?? 'null') as Claim | null;
    } catch {
      return null;
    }
  };
  const write = () => storage.setItem(key, JSON.stringify({ tab, at: now() } satisfies Claim));
  const claimable = (claim: Claim | null) => !claim || claim.tab === tab || now() - claim.at > staleMs;

  const check = () => {
    if (!held) return;
    if (read()?.tab === tab) return write();
    stopHolding();
    lost();
  };
  const onStorage = (event: StorageEvent) => event.key === key && check();
  const startHolding = () => {
    held = true;
    write();
    heartbeat = setInterval(check, heartbeatMs);
    window.addEventListener('storage', onStorage);
  };
  function stopHolding() {
    held = false;
    clearInterval(heartbeat);
    window.removeEventListener('storage', onStorage);
  }

  const tryClaim = async () => {
    if (!claimable(read())) return false;
    write();
    await delay(settleMs);
    const won = read()?.tab === tab;
    if (won && closed) storage.removeItem(key);
    return won && !closed;
  };
  const release = () => {
    if (!held) return;
    stopHolding();
    if (read()?.tab === tab) storage.removeItem(key);
  };
  // Closing the tab frees the claim at once. A page kept in the back-forward cache comes back without it, and
  // learns so as if it had been stolen.
  let releasedOnHide = false;
  const onPageHide = () => {
    releasedOnHide = held;
    release();
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (!event.persisted || !releasedOnHide) return;
    releasedOnHide = false;
    lost();
  };
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('pageshow', onPageShow);

  return {
    async acquire(waitMs) {
      if (held) return true;
      const until = now() + waitMs;
      for (;;) {
        if (await tryClaim()) {
          startHolding();
          return true;
        }
        const left = until - now();
        if (closed || left <= 0) return false;
        await delay(Math.min(heartbeatMs / 4, left));
      }
    },
    async steal() {
      if (!held && !closed) startHolding();
    },
    release,
    onLost(listener) {
      lost = listener;
    },
    close() {
      closed = true;
      release();
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
    },
  };
}
