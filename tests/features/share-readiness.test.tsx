import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { usePreferences } from '@/lib/preferences-store';
import { readReadinessReport } from '@/domain/team/readiness-report-read';
import { appDatabase } from '@/storage/database';
import { renderApp } from '../support/render-app';
import { resetDatabase } from '../support/reset-database';
import { seedAttempts, seedProfile } from './support/progress-seed';

vi.setConfig({ testTimeout: 30_000 });
const slow = { timeout: 10_000 };

const saved: { fileName: string; text: string }[] = [];
vi.mock('@/lib/save-text-file', () => ({
  saveTextFile: (file: { fileName: string; text: string }) => saved.push(file),
}));

beforeEach(async () => {
  saved.length = 0;
  await resetDatabase();
});

async function seedLearner() {
  const profile = await seedProfile('Ada Example', { active: true });
  await seedAttempts(profile.id, [
    { topic: 'patch-management', score: 80, grade: 'conformity', mode: 'mock' },
    { topic: 'logging-monitoring', score: 40, grade: 'minor-nc' },
  ]);
  return profile;
}

describe('Share my readiness', () => {
  it('shows exactly what the file contains, without answers by default, then saves that file', async () => {
    const user = userEvent.setup();
    const profile = await seedLearner();
    renderApp('/progress');
    const section = await screen.findByRole('region', { name: 'Share my readiness' }, slow);
    const include = within(section).getByRole('checkbox', { name: 'Include my answers' });
    expect(include).not.toBeChecked();
    await user.click(within(section).getByRole('checkbox', { name: 'Logging and monitoring' }));
    await user.type(within(section).getByRole('textbox', { name: 'Team or group (optional)' }), 'Ops');
    await user.click(within(section).getByRole('button', { name: 'Prepare the file' }));

    const preview = await within(section).findByRole('region', { name: 'What the file contains' }, slow);
    expect(within(preview).getByText('Not included')).toBeInTheDocument();
    expect(within(preview).getByText('1 completed attempt')).toBeInTheDocument();
    const table = within(preview).getByRole('table', { name: 'Attempts in the file' });
    const [row] = within(table).getAllByRole('row').slice(1);
    expect(within(row!).getByRole('rowheader')).toHaveTextContent('Patch management');
    expect(row).toHaveTextContent('Mock audit');
    expect(row).toHaveTextContent('80');

    await user.click(within(section).getByRole('button', { name: 'Save the file' }));
    expect(await within(section).findByRole('status')).toHaveTextContent(
      /Saved readiness-ada-example-\d{4}-\d{2}-\d{2}\.json/,
    );
    expect(saved).toHaveLength(1);
    const read = await readReadinessReport(saved[0]!.text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.report.payload).toMatchObject({
      learner: { profileId: profile.id, name: 'Ada Example', team: 'Ops' },
      topics: ['patch-management'],
      includesAnswers: false,
      sequence: 1,
    });
    expect(read.report.payload.attempts).toHaveLength(1);
    expect(await appDatabase().signingKeys.count()).toBe(1);
  });

  it('includes the answers only when ticked, and says so in German too', async () => {
    const user = userEvent.setup();
    await seedLearner();
    usePreferences.setState({ language: 'de' });
    renderApp('/progress');
    const section = await screen.findByRole('region', { name: 'Meine Auditbereitschaft teilen' }, slow);
    await user.click(within(section).getByRole('checkbox', { name: 'Meine Antworten aufnehmen' }));
    await user.click(within(section).getByRole('button', { name: 'Datei vorbereiten' }));
    const preview = await within(section).findByRole('region', { name: 'Was die Datei enthält' }, slow);
    expect(within(preview).getByText(/^Enthalten/)).toBeInTheDocument();
    expect(within(preview).getByText('2 abgeschlossene Durchgänge')).toBeInTheDocument();
  });

  it('cannot prepare a file without a topic', async () => {
    const user = userEvent.setup();
    await seedLearner();
    renderApp('/progress');
    const section = await screen.findByRole('region', { name: 'Share my readiness' }, slow);
    await user.click(within(section).getByRole('checkbox', { name: 'Patch management' }));
    await user.click(within(section).getByRole('checkbox', { name: 'Logging and monitoring' }));
    expect(within(section).getByRole('button', { name: 'Prepare the file' })).toBeDisabled();
    expect(within(section).getByText('Pick at least one topic.')).toBeInTheDocument();
  });
});
