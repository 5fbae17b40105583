import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../support/render-app';

const { recoverFromMissingFile } = vi.hoisted(() => ({
  // Reloading: the promise never settles.
  recoverFromMissingFile: vi.fn((_error: unknown) => new Promise<never>(() => undefined)),
}));
vi.mock('@/lib/missing-file-recovery', () => ({ recoverFromMissingFile }));
vi.mock('@/features/progress/progress-page', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('an area whose chunk cannot be loaded', () => {
  it('hands the failure to the recovery, which reloads the tab, and never shows the error page', async () => {
    renderApp('/progress');
    await vi.waitFor(() => expect(recoverFromMissingFile).toHaveBeenCalled());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Something went wrong' })).not.toBeInTheDocument();
  });
});
