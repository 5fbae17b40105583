import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const reloadWhenSaved = vi.fn<() => Promise<boolean>>();
vi.mock('@/lib/reload-guard', () => ({ reloadWhenSaved }));

// The recovery under way is module state: each test gets a fresh module, as a reloaded page would.
async function freshRecovery() {
  vi.resetModules();
  return import('@/lib/missing-file-recovery');
}

function useRelease(entry: string) {
  document.head.querySelector('script[type="module"]')?.remove();
  const script = document.createElement('script');
  script.type = 'module';
  script.src = entry;
  document.head.append(script);
}

const missing = new TypeError('Failed to fetch dynamically imported module');
const settled = (promise: Promise<unknown>) =>
  Promise.race([
    promise.then(
      () => 'resolved',
      () => 'rejected',
    ),
    new Promise((resolve) => setTimeout(() => resolve('pending'), 20)),
  ]);

describe('recoverFromMissingFile', () => {
  beforeEach(() => {
    reloadWhenSaved.mockReset().mockResolvedValue(true);
    useRelease('/assets/index-one.js');
  });
  afterEach(() => sessionStorage.clear());

  it('reloads once the work is saved, and keeps the page loading meanwhile', async () => {
    const { recoverFromMissingFile } = await freshRecovery();
    expect(await settled(recoverFromMissingFile(missing))).toBe('pending');
    expect(reloadWhenSaved).toHaveBeenCalledOnce();
  });

  it('does not reload the same release a second time: the error shows instead of a loop', async () => {
    void (await freshRecovery()).recoverFromMissingFile(missing);
    const afterReload = await freshRecovery();
    await expect(afterReload.recoverFromMissingFile(missing)).rejects.toBe(missing);
    expect(reloadWhenSaved).toHaveBeenCalledOnce();
  });

  it('reloads again once a newer release fails in turn', async () => {
    void (await freshRecovery()).recoverFromMissingFile(missing);
    useRelease('/assets/index-two.js');
    expect(await settled((await freshRecovery()).recoverFromMissingFile(missing))).toBe('pending');
    expect(reloadWhenSaved).toHaveBeenCalledTimes(2);
  });

  it('shares the reload between failures that meet it under way', async () => {
    const { recoverFromMissingFile } = await freshRecovery();
    void recoverFromMissingFile(missing);
    expect(await settled(recoverFromMissingFile(new TypeError('another chunk')))).toBe('pending');
    expect(reloadWhenSaved).toHaveBeenCalledOnce();
  });

  it('shows the error and may try again later when open work could not be saved', async () => {
    reloadWhenSaved.mockResolvedValueOnce(false);
    const { recoverFromMissingFile } = await freshRecovery();
    await expect(recoverFromMissingFile(missing)).rejects.toBe(missing);
    expect(await settled(recoverFromMissingFile(missing))).toBe('pending');
  });

  it("recovers from the failed imports Vite reports with 'vite:preloadError'", async () => {
    const { recoverFromMissingFiles } = await freshRecovery();
    recoverFromMissingFiles();
    window.dispatchEvent(Object.assign(new Event('vite:preloadError'), { payload: missing }));
    expect(reloadWhenSaved).toHaveBeenCalledOnce();
  });
});
