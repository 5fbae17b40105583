import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reloadWhenAnUpdateTakesOver } from '@/lib/register-service-worker';

const { reloadWhenSaved } = vi.hoisted(() => ({ reloadWhenSaved: vi.fn<() => Promise<boolean>>() }));
vi.mock('@/lib/reload-guard', () => ({ reloadWhenSaved }));

function container(controller: object | null) {
  return Object.assign(new EventTarget(), { controller }) as unknown as ServiceWorkerContainer;
}

describe('reloadWhenAnUpdateTakesOver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    reloadWhenSaved.mockReset().mockResolvedValue(true);
  });
  afterEach(() => vi.useRealTimers());

  it('leaves a page alone when the first install takes it over', () => {
    const workers = container(null);
    reloadWhenAnUpdateTakesOver(workers);
    workers.dispatchEvent(new Event('controllerchange'));
    expect(reloadWhenSaved).not.toHaveBeenCalled();
  });

  it('reloads a page that ran the previous release once its work is saved', () => {
    const workers = container({});
    reloadWhenAnUpdateTakesOver(workers);
    workers.dispatchEvent(new Event('controllerchange'));
    expect(reloadWhenSaved).toHaveBeenCalledOnce();
  });

  it('tries again while open work cannot be saved yet', async () => {
    reloadWhenSaved.mockResolvedValueOnce(false).mockResolvedValueOnce(false);
    const workers = container({});
    reloadWhenAnUpdateTakesOver(workers);
    workers.dispatchEvent(new Event('controllerchange'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(reloadWhenSaved).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(reloadWhenSaved).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(reloadWhenSaved).toHaveBeenCalledTimes(3);
  });
});
