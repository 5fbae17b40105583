import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAppUpdate } from '@/lib/app-update-store';
import { renderApp } from '../support/render-app';

function waitingWorker() {
  const worker = { postMessage: vi.fn() };
  useAppUpdate.getState().setWaiting(worker as unknown as ServiceWorker);
  return worker;
}

describe('update prompt', () => {
  afterEach(() => useAppUpdate.getState().setWaiting(null));

  it('offers a waiting version and asks it to take over every tab', async () => {
    const worker = waitingWorker();
    renderApp('/settings');
    await userEvent.click(await screen.findByRole('button', { name: 'Update now' }));
    expect(worker.postMessage).toHaveBeenCalledWith('skip-waiting');
  });

  it('stays out of an interview', async () => {
    waitingWorker();
    renderApp('/rehearse/attempt/some-attempt');
    // The prompt renders with the shell, from the store's first state, so the shell is enough to wait for.
    expect(screen.getByRole('link', { name: 'Mock Audit Trainer' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Update now' })).not.toBeInTheDocument();
  });
});
