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

  it('takes over the claim of a tab that is gone once it is stale, where tabs cannot ask each other', async () => {
    localStorage.setItem(key, JSON.stringify({ tab: 'crashed', at: Date.now() }));
    const next = tab('next', { channel: null });
    expect(await next.acquire(0)).toBe(false);
    expect(await next.acquire(5 * fast.staleMs)).toBe(true);
  });

  it('takes a fresh claim whose tab does not answer (a killed browser left it) in about a heartbeat', async () => {
    localStorage.setItem(key, JSON.stringify({ tab: 'killed', at: Date.now() }));
    const began = Date.now();
    // The shortest wait still waits for the answer it asked for, so a restarted tab needs no prompt.
    expect(await tab('restarted', { staleMs: 60_000 }).acquire(1)).toBe(true);
    expect(Date.now() - began).toBeLessThan(2_000);
    expect(claimant()).toBe('restarted');
  });

  it('keeps a fresh claim whose tab answers, though it is not renewed while the other waits', async () => {
    const slowBeat = { heartbeatMs: 60_000, staleMs: 600_000, answerMs: 20 };
    await tab('first', slowBeat).acquire(0);
    expect(await tab('second', slowBeat).acquire(300)).toBe(false);
    expect(claimant()).toBe('first');
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
