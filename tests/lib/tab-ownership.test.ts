import { afterEach, describe, expect, it, vi } from 'vitest';
import { heartbeatLock } from '@/lib/heartbeat-lock';
import { openTabOwnership, type OwnershipHandlers, type TabOwnership } from '@/lib/tab-ownership';

// Two ownerships in one page behave like two tabs: each has its own tab id, the heartbeat lock shares
// localStorage, and BroadcastChannel delivers to every other channel of the same name.
const opened: TabOwnership[] = [];
function tab(name: string, handlers: Partial<OwnershipHandlers> = {}, channel = true) {
  const ownership = openTabOwnership(
    'mat-interview-test',
    { onReleaseRequest: vi.fn(), onLost: vi.fn(), ...handlers },
    {
      tab: name,
      lock: heartbeatLock('mat-interview-test', { heartbeatMs: 20, staleMs: 2000, settleMs: 5, tab: name }),
      ...(channel ? {} : { channel: null }),
    },
  );
  opened.push(ownership);
  return ownership;
}
afterEach(() => opened.splice(0).forEach((ownership) => ownership.close()));

describe('openTabOwnership', () => {
  it('gives the interview to the first tab; a second one does not own it', async () => {
    const first = tab('first');
    const second = tab('second');
    expect(await first.claim(0)).toBe(true);
    expect(await second.claim(0)).toBe(false);
    expect([first.owns(), second.owns()]).toEqual([true, false]);
  });

  it('hands over only once the owner has released, after its own save', async () => {
    const onReleaseRequest = vi.fn();
    const first = tab('first', { onReleaseRequest });
    await first.claim(0);
    const second = tab('second');
    let handedOver = false;
    const taking = second.takeOver(2000).then((how) => ((handedOver = true), how));

    await vi.waitFor(() => expect(onReleaseRequest).toHaveBeenCalledOnce());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(handedOver).toBe(false);
    expect(first.owns()).toBe(true);

    first.release();
    expect(await taking).toBe('handed-over');
    expect([first.owns(), second.owns()]).toEqual([false, true]);
  });

  it('takes the interview by force from an owner that does not answer, which learns it lost it', async () => {
    const onLost = vi.fn();
    const first = tab('first', { onLost });
    await first.claim(0);
    expect(await tab('second').takeOver(100)).toBe('taken');
    await vi.waitFor(() => expect(onLost).toHaveBeenCalledOnce());
    expect(first.owns()).toBe(false);
  });

  it('continues at once when the owning tab has closed', async () => {
    const onReleaseRequest = vi.fn();
    const first = tab('first');
    await first.claim(0);
    first.close();
    const started = Date.now();
    expect(await tab('second', { onReleaseRequest }).takeOver(2000)).toBe('handed-over');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('without BroadcastChannel waits out the timeout, then takes over; the owner learns it at its heartbeat', async () => {
    const onReleaseRequest = vi.fn();
    const onLost = vi.fn();
    const first = tab('first', { onReleaseRequest, onLost }, false);
    await first.claim(0);
    expect(await tab('second', {}, false).takeOver(100)).toBe('taken');
    await vi.waitFor(() => expect(onLost).toHaveBeenCalledOnce());
    expect(onReleaseRequest).not.toHaveBeenCalled();
  });
});
