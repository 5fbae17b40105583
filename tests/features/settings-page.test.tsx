import { chooseActiveProfile } from '@/storage/shared-queries';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupData } from '@/domain/backup/backup-schema';
import { parseBackup } from '@/domain/backup/parse-backup';
import { serializeBackup } from '@/domain/backup/serialize-backup';
import { usePreferences } from '@/lib/preferences-store';
import { appDatabase } from '@/storage/database';
import { buildBackup } from '../domain/backup/support/backups';
import { buildDataset } from '../domain/records/support/records';
import { seedDatabase, snapshotOf } from '../storage/support/database';
import { renderApp } from '../support/render-app';
import { resetDatabase } from '../support/reset-database';

vi.setConfig({ testTimeout: 20_000 });

/** Catches what the page offers as downloads: the Blob behind the object URL and the link's file name. */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      const url = `blob:test/${blobs.size + 1}`;
      blobs.set(url, blob);
      return url;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

const backupFile = (text: string, name = 'backup.json') => new File([text], name, { type: 'application/json' });
const region = (name: string | RegExp) => screen.getByRole('region', { name });
const oneLearner = (): BackupData => ({
  ...buildDataset({ profiles: 1, attemptsPerProfile: 3, answersPerAttempt: 9 }),
  customScenarios: [],
  settings: [],
});

async function openSettings() {
  renderApp('/settings');
  return screen.findByRole(
    'heading',
    { level: 2, name: /Back up your progress|Fortschritt sichern/ },
    { timeout: 10_000 },
  );
}

async function upload(text: string, label = 'Backup file') {
  await userEvent.upload(screen.getByLabelText(label), backupFile(text));
}

beforeEach(resetDatabase);

afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
  Reflect.deleteProperty(navigator, 'storage');
});

describe('downloading a backup', () => {
  const data = buildDataset({ profiles: 2, attemptsPerProfile: 3, answersPerAttempt: 9, seed: 4 });

  it('produces a backup file of everything, in the backup format, with every record', async () => {
    await seedDatabase(appDatabase(), data);
    const files = captureDownloads();
    await openSettings();
    await userEvent.click(screen.getByRole('button', { name: 'Download backup of everything' }));
    const status = within(region('Back up your progress')).getByRole('status');
    await waitFor(() =>
      expect(status).toHaveTextContent(/^Downloaded mock-audit-trainer-backup-all-\d{4}-\d{2}-\d{2}\.json\.$/),
    );
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(/^mock-audit-trainer-backup-all-\d{4}-\d{2}-\d{2}\.json$/);
    expect(files[0]!.blob.type).toBe('application/json');
    const parsed = parseBackup(await files[0]!.blob.text());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.backup).toMatchObject({
      format: 'mock-audit-trainer-backup',
      formatVersion: 3,
      scope: { kind: 'all' },
    });
    const { profiles, attempts, answers, customScenarios, settings } = parsed.backup.data;
    expect([profiles.length, attempts.length, answers.length, customScenarios.length, settings?.length]).toEqual([
      2, 6, 54, 1, 2,
    ]);
  });

  it('backs up the chosen profile only, starting from the one who practises on this device', async () => {
    await seedDatabase(appDatabase(), data);
    const [first, second] = data.profiles;
    await chooseActiveProfile(second!.id);
    const files = captureDownloads();
    await openSettings();
    const select = await screen.findByRole('combobox', { name: 'Profile to back up' });
    await waitFor(() => expect(select).toHaveValue(second!.id));
    await userEvent.selectOptions(select, first!.name);
    await userEvent.click(screen.getByRole('button', { name: 'Download backup of this profile' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe(
      `mock-audit-trainer-backup-profile-${first!.id.slice(0, 8)}-${files[0]!.name.slice(-15, -5)}.json`,
    );
    const parsed = parseBackup(await files[0]!.blob.text());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.backup.scope).toEqual({ kind: 'profile', profileId: first!.id });
    expect(parsed.backup.data.profiles.map((p) => p.name)).toEqual([first!.name]);
    expect([parsed.backup.data.attempts.length, parsed.backup.data.answers.length]).toEqual([3, 27]);
    expect(parsed.backup.data.settings).toBeUndefined();
  });

  it('offers no profile choice while there is no profile', async () => {
    await openSettings();
    expect(screen.getByRole('button', { name: 'Download backup of everything' })).toBeEnabled();
    expect(screen.queryByRole('combobox', { name: 'Profile to back up' })).not.toBeInTheDocument();
  });
});

describe('restoring a backup', () => {
  it('reports what it added, and the page shows the restored profile', async () => {
    const text = serializeBackup(buildBackup(oneLearner()));
    await openSettings();
    await upload(text);
    const status = within(region('Restore from a backup')).getByRole('status');
    expect(
      await within(status).findByText('Added 1 profile, 3 attempts, 27 answers; nothing skipped.'),
    ).toBeInTheDocument();
    // Restores go through the data provider's refresh on every committed write; no page reload needed.
    expect(await screen.findByRole('combobox', { name: 'Profile to back up' })).toHaveDisplayValue('Learner 1');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('adds nothing when the same file is restored again', async () => {
    const text = serializeBackup(buildBackup(oneLearner()));
    await openSettings();
    await upload(text);
    const status = within(region('Restore from a backup')).getByRole('status');
    await within(status).findByText(/^Added 1 profile/);
    const before = await snapshotOf(appDatabase());
    await upload(text);
    expect(
      await within(status).findByText(
        'Nothing new was added; skipped 1 profile, 3 attempts, 27 answers already on this device.',
      ),
    ).toBeInTheDocument();
    expect(await snapshotOf(appDatabase())).toEqual(before);
  });

  it('reports newer versions it took over', async () => {
    const data = oneLearner();
    await seedDatabase(appDatabase(), data);
    const renamed = {
      ...data,
      profiles: [{ ...data.profiles[0]!, name: 'Renamed', updatedAt: '2030-01-01T00:00:00.000Z' }],
    };
    await openSettings();
    await upload(serializeBackup(buildBackup(renamed)));
    const status = within(region('Restore from a backup')).getByRole('status');
    expect(
      await within(status).findByText(
        "Nothing new was added; updated 1 profile where the file's version was newer; skipped 3 attempts, 27 answers already on this device.",
      ),
    ).toBeInTheDocument();
  });

  it.each([
    [
      'a cut-off file',
      (text: string) => text.slice(0, 200),
      /This is not a readable backup file: .*\(line \d+, column \d+\)/,
    ],
    ['a file of another app', () => '{"hello": "world"}', /is not a Mock Audit Trainer backup/],
    ['an empty file', () => '   ', /The file is empty/],
    [
      'a wrong value',
      (text: string) => text.replace('"role": "employee"', '"role": 42'),
      /data\.profiles\[0\]\.role: must be one of/,
    ],
  ])('refuses %s with a readable reason and changes nothing', async (_name, damage, reason) => {
    await seedDatabase(
      appDatabase(),
      buildDataset({ profiles: 1, attemptsPerProfile: 1, answersPerAttempt: 2, seed: 9 }),
    );
    const before = await snapshotOf(appDatabase());
    await openSettings();
    await upload(damage(serializeBackup(buildBackup(oneLearner()))));
    const alert = await within(region('Restore from a backup')).findByRole('alert');
    expect(alert).toHaveTextContent('This file was not restored. Nothing on this device was changed.');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(reason);
    expect(await snapshotOf(appDatabase())).toEqual(before);
  });

  const addField = (field: string) => (text: string) =>
    text.replace('"role": "employee"', `"role": "employee", ${field}`);
  it.each([
    [
      'a markup field name',
      addField('"<img src=x onerror=alert(1)>": "x"'),
      /unknown field "<img src=x onerror=alert\(1\)>"/,
    ],
    ['a prototype key', addField('"__proto__": {"polluted": true}'), /the field name "__proto__" is not allowed/],
  ])('shows %s as plain text, never as markup, and changes nothing', async (_name, poison, reason) => {
    const before = await snapshotOf(appDatabase());
    await openSettings();
    await upload(poison(serializeBackup(buildBackup(oneLearner()))));
    const alert = await within(region('Restore from a backup')).findByRole('alert');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(reason);
    expect(document.querySelector('main img')).toBeNull();
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
    expect(await snapshotOf(appDatabase())).toEqual(before);
  });

  it('says so plainly when the device cannot store the backup, and changes nothing', async () => {
    vi.spyOn(appDatabase(), 'transaction').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await openSettings();
    await upload(serializeBackup(buildBackup(oneLearner())));
    const alert = await within(region('Restore from a backup')).findByRole('alert');
    expect(alert).toHaveTextContent(
      'The backup could not be saved on this device. This device has run out of space for the app. Nothing on this device was changed.',
    );
  });
});

describe('in German', () => {
  beforeEach(() => usePreferences.setState({ language: 'de' }));

  it('labels everything in German and reports a restore in German', async () => {
    await openSettings();
    expect(screen.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sicherung von allem herunterladen' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Aus einer Sicherung wiederherstellen' })).toBeInTheDocument();
    await upload(serializeBackup(buildBackup(oneLearner())), 'Sicherungsdatei');
    const status = within(region('Aus einer Sicherung wiederherstellen')).getByRole('status');
    expect(
      await within(status).findByText('1 Profil, 3 Versuche und 27 Antworten hinzugefügt; nichts übersprungen.'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: 'Zu sicherndes Profil' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sicherung dieses Profils herunterladen' })).toBeInTheDocument();
  });

  it('explains a refused file in German, with the located detail marked as English', async () => {
    await openSettings();
    await upload('{"format": "mock-audit-trainer-backup", "formatVersion": 9}', 'Sicherungsdatei');
    const alert = await within(region('Aus einer Sicherung wiederherstellen')).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Diese Datei wurde nicht wiederhergestellt. Auf diesem Gerät wurde nichts geändert.',
    );
    const item = within(alert).getByRole('listitem');
    expect(item).toHaveTextContent(/^Die Sicherung stammt aus einer neueren Version der App\./);
    expect(item.querySelector('[lang="en"]')).toHaveTextContent(/newer version of Mock Audit Trainer \(format 9\)/);
  });
});

describe('storage on this device', () => {
  function stubStorage(grant: boolean) {
    const storage = {
      persisted: vi.fn(() => Promise.resolve(false)),
      persist: vi.fn(() => Promise.resolve(grant)),
      estimate: () => Promise.resolve({ usage: 1_234_567, quota: 296_600_000 }),
    };
    Object.defineProperty(navigator, 'storage', { configurable: true, value: storage });
    return storage;
  }

  it('shows the space used and keeps the data once the learner asks', async () => {
    const storage = stubStorage(true);
    await openSettings();
    const section = region('Storage on this device');
    expect(await within(section).findByText('Using 1.2 MB of about 300 MB.')).toBeInTheDocument();
    expect(within(section).getByRole('status')).toHaveTextContent(
      /may clear the app's data when the device runs low on space/,
    );
    expect(storage.persist).not.toHaveBeenCalled();
    await userEvent.click(within(section).getByRole('button', { name: 'Keep my data on this device' }));
    await waitFor(() =>
      expect(within(section).getByRole('status')).toHaveTextContent(/keeps the app's data on this device/),
    );
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(within(section).queryByRole('button', { name: 'Keep my data on this device' })).not.toBeInTheDocument();
  });

  it('says so when the browser does not agree', async () => {
    stubStorage(false);
    await openSettings();
    const section = region('Storage on this device');
    await userEvent.click(await within(section).findByRole('button', { name: 'Keep my data on this device' }));
    expect(await within(section).findByText(/did not agree to keep the data for now/)).toBeInTheDocument();
  });

  it('says what it cannot know when the browser has no Storage API', async () => {
    await openSettings();
    const section = region('Storage on this device');
    expect(
      await within(section).findByText('This browser does not say how much space the app uses.'),
    ).toBeInTheDocument();
    expect(within(section).getByRole('status')).toHaveTextContent(/does not say whether it keeps the app's data/);
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });

  it('writes the figures in German', async () => {
    usePreferences.setState({ language: 'de' });
    stubStorage(true);
    await openSettings();
    const section = region('Speicher auf diesem Gerät');
    expect(await within(section).findByText('1,2 MB von etwa 300 MB belegt.')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Meine Daten auf diesem Gerät behalten' })).toBeInTheDocument();
  });
});
