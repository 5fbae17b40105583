import { afterEach, describe, expect, it, vi } from 'vitest';
import { heartbeatLock, type HeartbeatOptions } from '@/lib/heartbeat-lock';
import type { TabLock } from '@/lib/tab-lock';

// jsdom has no Web Locks API, so this is the lock the app uses there. Short beats keep the tests fast; a
// claim goes stale after missed beats, as in the app, with room for a busy machine's late timers.
const fast = { heartbeatMs: 20, staleMs: 300, settleMs: 5 } satisfies HeartbeatOptions;
const key = 'mat-tab-lock:interview';
const opened: TabLock[] = [];
function tab(name: string, options: HeartbeatOptions = {}) {
  const lock = heartbeatLock('interview', { ...fast, tab: name, ...options });
  opened.push(lock);
  return lock;
}
const claimant = () => (JSON.parse(localStorage.getItem(key) ?? 'null') as { tab: string } | null)?.tab;
afterEach(() => opened.splice(0).forEach((lock) => lock.close()));

describe('heartbeatLock', () => {
  it('is held by one tab at a time, and passes to a waiting tab when released', async () => {
    const first = tab('first');
    const second = tab('second');
    expect(await first.acquire(0)).toBe(true);
    expect(await second.acquire(0)).toBe(false);
    expect(await second.acquire(50)).toBe(false);

    const waiting = second.acquire(1000);
    first.release();
    expect(await waiting).toBe(true);
    expect(claimant()).toBe('second');
  });

  it('lets only one of two tabs that claim at the same moment have it', async () => {
    const results = await Promise.all([tab('first').acquire(0), tab('second').acquire(0)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('keeps its claim fresh, so a waiting tab does not take it while the holder lives', async () => {
    const first = tab('first');
    await first.acquire(0);
    expect(await tab('second').acquire(2 * fast.staleMs)).toBe(false);
    expect(claimant()).toBe('first');
  });

  it('takes over the claim of a tab that is gone once it is stale', async () => {
    localStorage.setItem(key, JSON.stringify({ tab: 'crashed', at: Date.now() }));
    const next = tab('next');
    expect(await next.acquire(0)).toBe(false);
    expect(await next.acquire(5 * fast.staleMs)).toBe(true);
  });

  it('tells the holder when another tab steals the lock, and stops renewing its claim', async () => {
    const first = tab('first');
    const lost = vi.fn();
    first.onLost(lost);
    await first.acquire(0);
    await tab('thief').steal();
    await vi.waitFor(() => expect(lost).toHaveBeenCalledOnce());
    await new Promise((resolve) => setTimeout(resolve, 3 * fast.heartbeatMs));
    expect(claimant()).toBe('thief');
    expect(await first.acquire(0)).toBe(false);
  });

  it('frees the claim when the page is hidden for good (the tab closes)', async () => {
    const first = tab('first');
    await first.acquire(0);
    window.dispatchEvent(new Event('pagehide'));
    expect(claimant()).toBeUndefined();
    expect(await tab('second').acquire(0)).toBe(true);
  });

  it('stops waiting and leaves no claim once closed', async () => {
    const first = tab('first');
    await first.acquire(0);
    const second = tab('second');
    const waiting = second.acquire(5000);
    second.close();
    expect(await waiting).toBe(false);
    first.release();
    expect(claimant()).toBeUndefined();
  });
});
