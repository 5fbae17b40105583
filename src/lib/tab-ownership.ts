import { createTabLock, type TabLock } from './tab-lock';

type Message = { type: 'release' | 'taken'; tab: string };
type Channel = Pick<BroadcastChannel, 'postMessage' | 'close' | 'onmessage'>;

export type OwnershipHandlers = {
  /** Another tab asks to take over: save open work, stop, then call `release()`; or do nothing to keep it. */
  onReleaseRequest: () => void;
  /** Another tab took over without a hand-over (it gave up waiting): stop at once, write nothing more. */
  onLost: () => void;
};

export type TabOwnership = {
  /** Owns the name if no other tab does; waits up to `graceMs` for a tab that is just closing or reloading. */
  claim(graceMs?: number): Promise<boolean>;
  /**
   * Asks the owning tab to hand over and waits up to `timeoutMs` for it; after that takes over by force.
   * Resolves once this tab owns the name: 'handed-over' (the other tab released, or none owned it) or 'taken'.
   */
  takeOver(timeoutMs: number): Promise<'handed-over' | 'taken'>;
  /** Whether this tab owns the name now. */
  owns(): boolean;
  /** Gives ownership up, once open work is saved. */
  release(): void;
  /** Releases and stops listening, for good (the page closes the interview). */
  close(): void;
};

type Options = { lock?: TabLock; channel?: Channel | null; tab?: string };

const openChannel = (name: string): Channel | null =>
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);

/**
 * One tab at a time owns `name` (an open interview). The ownership is a tab lock (`tab-lock.ts`); the tabs
 * talk over a BroadcastChannel of the same name:
 * - `release`: a tab that wants to take over asks the owner to save and release;
 * - `taken`: a tab that now owns the name says so, so an owner that missed a steal stops too.
 * Without BroadcastChannel a request goes unheard, and a take-over waits out its timeout and takes by force.
 */
export function openTabOwnership(name: string, handlers: OwnershipHandlers, options: Options = {}): TabOwnership {
  const { lock = createTabLock(name), channel = openChannel(name), tab = crypto.randomUUID() } = options;
  let owner = false;
  let closed = false;
  const post = (type: Message['type']) => channel?.postMessage({ type, tab } satisfies Message);
  const lose = () => {
    if (!owner) return;
    owner = false;
    handlers.onLost();
  };
  lock.onLost(lose);
  if (channel)
    channel.onmessage = (event: MessageEvent<Message>) => {
      if (!owner || event.data.tab === tab) return;
      if (event.data.type === 'release') handlers.onReleaseRequest();
      if (event.data.type === 'taken') {
        lock.release();
        lose();
      }
    };
  const own = () => {
    owner = !closed;
    if (owner) post('taken');
  };

  return {
    async claim(graceMs = 500) {
      const granted = await lock.acquire(graceMs);
      if (granted) own();
      return owner;
    },
    async takeOver(timeoutMs) {
      post('release');
      const granted = await lock.acquire(timeoutMs);
      if (!granted && !closed) await lock.steal();
      own();
      return granted ? 'handed-over' : 'taken';
    },
    owns: () => owner,
    release() {
      owner = false;
      lock.release();
    },
    close() {
      closed = true;
      owner = false;
      lock.close();
      channel?.close();
    },
  };
}
