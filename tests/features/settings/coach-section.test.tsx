import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appDatabase } from '@/storage/database';
import { getSetting } from '@/storage/settings-repository';
import { renderApp } from '../../support/render-app';
import { resetDatabase } from '../../support/reset-database';

vi.setConfig({ testTimeout: 30_000 });
beforeEach(resetDatabase);

describe('the coaching setting', () => {
  it('is off at first and stores the choice of the full evidence list', async () => {
    const user = userEvent.setup();
    renderApp('/settings');
    const toggle = await screen.findByRole(
      'checkbox',
      { name: 'Show the full evidence list while I type' },
      { timeout: 15_000 },
    );
    await vi.waitFor(() => expect(toggle).toBeEnabled());
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    await vi.waitFor(async () => expect(await getSetting(appDatabase(), 'coach.fullEvidenceList')).toBe(true));
    await vi.waitFor(() => expect(toggle).toBeChecked());
  });
});
