import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The guard list and the reload under way are module state: each test gets a fresh module.
async function freshGuard() {
  vi.resetModules();
  return import('@/lib/reload-guard');
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('reloadWhenSaved', () => {
  let reload: ReturnType<typeof vi.fn<() => void>>;
  beforeEach(() => {
    reload = vi.fn<() => void>();
  });
  afterEach(() => vi.useRealTimers());

  it('reloads at once when nothing is registered', async () => {
    const { reloadWhenSaved } = await freshGuard();
    await expect(reloadWhenSaved({ reload })).resolves.toBe(true);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('waits until every registered guard has saved its work', async () => {
    const { registerReloadGuard, reloadWhenSaved } = await freshGuard();
    const first = deferred();
    const second = deferred();
    registerReloadGuard(() => first.promise);
    registerReloadGuard(() => second.promise);
    const result = reloadWhenSaved({ reload });
    first.resolve();
    await Promise.resolve();
    expect(reload).not.toHaveBeenCalled();
    second.resolve();
    await expect(result).resolves.toBe(true);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('stays on the page when a guard cannot save, and tries afresh next time', async () => {
    const { registerReloadGuard, reloadWhenSaved } = await freshGuard();
    const flush = vi.fn().mockRejectedValueOnce(new Error('busy')).mockResolvedValue(undefined);
    registerReloadGuard(flush);
    await expect(reloadWhenSaved({ reload })).resolves.toBe(false);
    expect(reload).not.toHaveBeenCalled();
    await expect(reloadWhenSaved({ reload })).resolves.toBe(true);
    expect(flush).toHaveBeenCalledTimes(2);
  });

  it('stays on the page when a guard is still saving after the timeout', async () => {
    vi.useFakeTimers();
    const { registerReloadGuard, reloadWhenSaved } = await freshGuard();
    registerReloadGuard(() => new Promise<void>(() => undefined));
    const result = reloadWhenSaved({ reload, timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    await expect(result).resolves.toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });

  it('forgets a guard once unregistered', async () => {
    const { registerReloadGuard, reloadWhenSaved } = await freshGuard();
    const flush = vi.fn(() => new Promise<void>(() => undefined));
    const unregister = registerReloadGuard(flush);
    unregister();
    await expect(reloadWhenSaved({ reload })).resolves.toBe(true);
    expect(flush).not.toHaveBeenCalled();
  });

  it('shares one run between calls made while it is under way', async () => {
    const { registerReloadGuard, reloadWhenSaved } = await freshGuard();
    const save = deferred();
    const flush = vi.fn(() => save.promise);
    registerReloadGuard(flush);
    const both = Promise.all([reloadWhenSaved({ reload }), reloadWhenSaved({ reload })]);
    save.resolve();
    await expect(both).resolves.toEqual([true, true]);
    expect(flush).toHaveBeenCalledOnce();
    expect(reload).toHaveBeenCalledOnce();
  });
});

describe('saveOpenWork', () => {
  it('saves every guard and resolves true, without reloading', async () => {
    const { registerReloadGuard, saveOpenWork } = await freshGuard();
    const save = deferred();
    registerReloadGuard(() => save.promise);
    let saved: boolean | undefined;
    const result = saveOpenWork().then((value) => (saved = value));
    await Promise.resolve();
    expect(saved).toBeUndefined();
    save.resolve();
    await expect(result).resolves.toBe(true);
  });

  it('resolves false when a guard cannot save now', async () => {
    const { registerReloadGuard, saveOpenWork } = await freshGuard();
    registerReloadGuard(() => Promise.reject(new Error('quota')));
    await expect(saveOpenWork()).resolves.toBe(false);
  });
});
