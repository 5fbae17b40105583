import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePreferences } from '@/lib/preferences-store';
import { appDatabase } from '@/storage/database';
import { renderApp } from '../support/render-app';
import { resetDatabase } from '../support/reset-database';

vi.setConfig({ testTimeout: 20_000 });

const failingOpen = () =>
  vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    throw new DOMException('The operation failed for reasons unrelated to the database itself.', 'InvalidStateError');
  });

function captureDownloads(): string[] {
  const names: string[] = [];
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: () => 'blob:test/1' });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return names;
}

beforeEach(resetDatabase);

afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

describe('the storage problem banner', () => {
  it('says plainly that the browser will not store data, the page still works, and a backup is offered', async () => {
    failingOpen();
    const names = captureDownloads();
    renderApp('/settings');
    const banner = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(banner).toHaveTextContent(
      'The app cannot save on this device right now. This browser does not let the app store data here, for example in a private window.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    // What the open connection can still read goes into the backup.
    await userEvent.click(within(banner).getByRole('button', { name: 'Download a backup' }));
    expect(await within(banner).findByText('The backup file is in your downloads.')).toBeInTheDocument();
    expect(names).toEqual([expect.stringMatching(/^mock-audit-trainer-backup-all-/)]);
  });

  it('says so when nothing at all can be read for a backup', async () => {
    appDatabase().close();
    failingOpen();
    captureDownloads();
    renderApp('/rehearse');
    const banner = await screen.findByRole('alert', {}, { timeout: 10_000 });
    await userEvent.click(within(banner).getByRole('button', { name: 'Download a backup' }));
    expect(
      await within(banner).findByText("Nothing could be read from this browser's storage, so no backup file was made."),
    ).toBeInTheDocument();
    expect(HTMLAnchorElement.prototype.click).not.toHaveBeenCalled();
  });

  it('appears when a change cannot be saved because the device is full', async () => {
    vi.spyOn(appDatabase().profiles, 'add').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    renderApp('/rehearse');
    await userEvent.type(await screen.findByLabelText('Your name', {}, { timeout: 10_000 }), 'Sam');
    await userEvent.click(screen.getByRole('button', { name: 'Create profile' }));
    const banner = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(banner).toHaveTextContent('This device has run out of space for the app.');
    expect(within(banner).getByRole('button', { name: 'Download a backup' })).toBeInTheDocument();
  });

  it('speaks German', async () => {
    usePreferences.setState({ language: 'de' });
    failingOpen();
    renderApp('/settings');
    const banner = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(banner).toHaveTextContent(
      'Die App kann auf diesem Gerät gerade nicht speichern. Dieser Browser erlaubt der App hier keine Speicherung',
    );
    expect(within(banner).getByRole('button', { name: 'Sicherung herunterladen' })).toBeInTheDocument();
  });

  it('stays away while storage works', async () => {
    renderApp('/settings');
    await screen.findByRole('heading', { level: 2, name: 'Back up your progress' }, { timeout: 10_000 });
    // The probe opens a connection of its own; give it time to answer before looking.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
