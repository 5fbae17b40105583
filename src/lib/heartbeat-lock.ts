import type { TabLock } from './tab-lock';

type Claim = { tab: string; at: number };
/** `alive?` asks the tab of a claim whether it still holds it; the holder answers `alive`. */
type Message = { type: 'alive?' | 'alive'; tab: string };
type Channel = Pick<BroadcastChannel, 'postMessage' | 'close' | 'onmessage'>;

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
  /**
   * How long the tab of a fresh claim has to answer `alive?` before its claim counts as left behind: a browser
   * that was killed, or quit without `pagehide`, leaves its last claim on the profile, fresh, and no tab of the
   * restarted browser answers for it.
   */
  answerMs?: number;
  /** Where the tabs ask each other; null: nowhere (then only `staleMs` frees a claim left behind). */
  channel?: Channel | null;
  tab?: string;
};

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const openChannel = (name: string): Channel | null =>
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);

/**
 * A tab lock for browsers without the Web Locks API: the holder writes `{tab, at}` under one localStorage key
 * and renews it every heartbeat; a tab may claim the key when it is empty, its own, stale, or left behind (its
 * tab does not answer on a BroadcastChannel within `answerMs`). A claim counts once it is still there after
 * `settleMs`. The holder checks the key at every heartbeat (and on `storage`
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
    answerMs = heartbeatMs,
    tab = crypto.randomUUID(),
  } = options;
  const key = `mat-tab-lock:${name}`;
  const channel = options.channel === undefined ? openChannel(key) : options.channel;
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
  // The question last asked of another tab's claim, and the tabs that did not answer it.
  let asked: { tab: string; at: number; answered: boolean } | null = null;
  let askUntil = 0;
  const silent = new Set<string>();
  if (channel)
    channel.onmessage = (event: MessageEvent<Message>) => {
      const { type, tab: about } = event.data;
      if (type === 'alive?' && about === tab && held) channel.postMessage({ type: 'alive', tab } satisfies Message);
      if (type !== 'alive') return;
      silent.delete(about);
      if (asked?.tab === about) asked.answered = true;
    };
  const leftBehind = (claim: Claim) => {
    if (!channel) return false;
    if (silent.has(claim.tab)) return true;
    const since = asked?.tab === claim.tab ? now() - asked.at : Infinity;
    if (asked?.tab === claim.tab && !asked.answered && since >= answerMs) {
      silent.add(claim.tab);
      return true;
    }
    // Asked again once answered while the wait lasts, so a holder that dies meanwhile is noticed as well.
    if (since >= answerMs && (asked?.tab !== claim.tab || now() < askUntil)) {
      asked = { tab: claim.tab, at: now(), answered: false };
      channel.postMessage({ type: 'alive?', tab: claim.tab } satisfies Message);
    }
    return false;
  };
  /** When a question asked in this wait is answered or not, at the latest. */
  const answerDue = () => (asked && !asked.answered ? asked.at + answerMs : 0);
  const claimable = (claim: Claim | null) =>
    !claim || claim.tab === tab || now() - claim.at > staleMs || leftBehind(claim);

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
      askUntil = until;
      for (;;) {
        if (await tryClaim()) {
          startHolding();
          return true;
        }
        // A wait that asked a claim's tab whether it lives waits for the answer (or its absence), so a tab
        // opened after a restart takes the claim the killed browser left at once, without a prompt.
        const left = (waitMs > 0 ? Math.max(until, answerDue()) : until) - now();
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
      channel?.close();
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
    },
  };
}
