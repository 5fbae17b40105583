import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftSaver } from '@/features/rehearse/session/draft-saver';

const timing = { quietMs: 300, maxWaitMs: 1000 };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function recorder() {
  const saved: string[] = [];
  const save = vi.fn(async (text: string) => void saved.push(text));
  return { saved, save };
}

/** Types one character every `everyMs`, as a learner does. */
async function typeOut(saver: ReturnType<typeof createDraftSaver>, text: string, everyMs: number) {
  for (let i = 1; i <= text.length; i++) {
    saver.change(text.slice(0, i));
    await vi.advanceTimersByTimeAsync(everyMs);
  }
}

describe('createDraftSaver', () => {
  it('saves once typing pauses, with the latest text', async () => {
    const { saved, save } = recorder();
    const saver = createDraftSaver(save, timing);
    saver.change('W');
    saver.change('We');
    saver.change('We p');
    await vi.advanceTimersByTimeAsync(299);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['We p']);
  });

  it('saves at least every second while typing goes on, so at most a second of typing is at risk', async () => {
    const { saved, save } = recorder();
    const saver = createDraftSaver(save, timing);
    const text = 'We patch every server within fourteen days of a vendor release.';
    await typeOut(saver, text, 100);
    // 64 characters at 10 per second: 6.4 s of typing without a pause long enough for the quiet timer.
    expect(saved.length).toBeGreaterThanOrEqual(6);
    for (const [i, draft] of saved.entries()) expect(draft.length).toBeGreaterThanOrEqual((i + 1) * 10 - 1);
    await vi.advanceTimersByTimeAsync(300);
    expect(saved.at(-1)).toBe(text);
  });

  it('flush saves at once, and at once means in the same task', () => {
    const { save } = recorder();
    const saver = createDraftSaver(save, timing);
    saver.change('We patch');
    void saver.flush();
    expect(save).toHaveBeenCalledWith('We patch');
  });

  it('flush with nothing new saves nothing and waits for a save under way', async () => {
    let finish: () => void = () => undefined;
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const saver = createDraftSaver(save, timing);
    saver.change('one');
    const first = saver.flush();
    let settled = false;
    void saver.flush().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    finish();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('flushAtOnce starts its write at once even while a save is under way, and waits for both', async () => {
    let finish: () => void = () => undefined;
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const saveAtOnce = vi.fn(async () => undefined);
    const saver = createDraftSaver(save, timing, saveAtOnce);
    saver.change('typed');
    void saver.flush();
    saver.change('typed more');
    let settled = false;
    void saver.flushAtOnce().then(() => (settled = true));
    expect(saveAtOnce).toHaveBeenCalledWith('typed more');
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    // The save under way might have landed over the write at once: the newest text is saved once more.
    expect(save).toHaveBeenLastCalledWith('typed more');
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
  });

  it('runs saves one after another, in order', async () => {
    const order: string[] = [];
    const save = vi.fn(async (text: string) => {
      await new Promise((resolve) => setTimeout(resolve, text === 'first' ? 50 : 1));
      order.push(text);
    });
    const saver = createDraftSaver(save, timing);
    saver.change('first');
    void saver.flush();
    saver.change('second');
    const done = saver.flush();
    await vi.advanceTimersByTimeAsync(100);
    await done;
    expect(order).toEqual(['first', 'second']);
  });

  it('keeps a text whose save failed for the next flush, and flush says it failed', async () => {
    const { saved } = recorder();
    const save = vi
      .fn<(text: string) => Promise<void>>()
      .mockRejectedValueOnce(new Error('QuotaExceededError'))
      .mockImplementation(async (text) => void saved.push(text));
    const saver = createDraftSaver(save, timing);
    saver.change('We patch');
    await expect(saver.flush()).rejects.toThrow('QuotaExceededError');
    await expect(saver.flush()).resolves.toBeUndefined();
    expect(saved).toEqual(['We patch']);
  });

  it('a failed save does not overwrite newer text', async () => {
    const { saved } = recorder();
    let fail: (error: Error) => void = () => undefined;
    const save = vi
      .fn<(text: string) => Promise<void>>()
      .mockImplementationOnce(() => new Promise((_, reject) => (fail = reject)))
      .mockImplementation(async (text) => void saved.push(text));
    const saver = createDraftSaver(save, timing);
    saver.change('old');
    const first = saver.flush();
    saver.change('newer');
    fail(new Error('full'));
    await expect(first).rejects.toThrow('full');
    await saver.flush();
    expect(saved).toEqual(['newer']);
  });
});
