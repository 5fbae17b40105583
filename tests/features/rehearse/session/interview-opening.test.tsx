import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { interviewMachineVersion } from '@/domain/interview';
import { appDatabase } from '@/storage/database';
import { renderApp } from '../../../support/render-app';
import { resetDatabase } from '../../../support/reset-database';
import { seedInterview } from './support/seed-interview';

vi.setConfig({ testTimeout: 60_000 });
const slow = { timeout: 15_000 };

beforeEach(resetDatabase);

const first = 'Change requests are documented and approved in our ticketing system.';
const withContext = (change: Record<string, unknown>) => (p: { value: unknown; context: Record<string, unknown> }) => ({
  ...p,
  context: { ...p.context, ...change },
});
const stored = async (attemptId: string) => ({
  attempt: (await appDatabase().attempts.get(attemptId))!,
  answers: await appDatabase().answers.where('attemptId').equals(attemptId).toArray(),
});

describe('opening a stored interview', () => {
  it('resumes a snapshot written before snapshots carried a machine version, migrated', async () => {
    const { attempt } = await seedInterview([first], {
      change: ({ context: { machineVersion: _v, ...context }, ...rest }) => ({ ...rest, context }),
    });
    const user = userEvent.setup();
    renderApp(`/rehearse/attempt/${attempt.id}`);
    const transcript = await screen.findByRole('list', { name: 'Interview transcript' }, slow);
    expect(within(transcript).getByText(first)).toBeInTheDocument();
    await user.type(await screen.findByRole('textbox', { name: 'Your answer' }, slow), 'A second answer.');
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    await screen.findByText('Saved on this device', {}, slow);
    const after = await stored(attempt.id);
    expect(after.answers.map((a) => a.text).sort()).toEqual(['A second answer.', first]);
    expect((after.attempt.machineSnapshot as { context: { machineVersion: number } }).context.machineVersion).toBe(
      interviewMachineVersion,
    );
  });

  it('refuses an interview of an earlier scenario version in plain words, keeps its answers and ends it for Progress', async () => {
    const { attempt } = await seedInterview([first], { change: withContext({ scenarioVersion: '0.0.1' }) });
    renderApp(`/rehearse/attempt/${attempt.id}`);
    expect(
      await screen.findByText(
        'This interview was started on an earlier version of its scenario, which has changed since, so it cannot be continued; its answers are kept and shown in Progress.',
        {},
        slow,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Your answer' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See your progress' })).toHaveAttribute('href', '/progress');
    expect(screen.getByRole('link', { name: 'Start this scenario again' })).toHaveAttribute(
      'href',
      '/rehearse/change-management',
    );
    await vi.waitFor(async () => expect((await stored(attempt.id)).attempt.status).toBe('completed'));
    const after = await stored(attempt.id);
    expect(after.answers.map((a) => a.text)).toEqual([first]);
    expect(after.attempt.machineSnapshot).toEqual(attempt.machineSnapshot);
    expect(await appDatabase().progressDigests.get(attempt.id)).toBeDefined();
  });

  it('refuses one an older machine wrote with no migration, with the plain message', async () => {
    const { attempt } = await seedInterview([first], { change: withContext({ machineVersion: 0 }) });
    renderApp(`/rehearse/attempt/${attempt.id}`);
    expect(
      await screen.findByText(
        'This interview was saved by an older version of the app and cannot be continued; its answers are kept and shown in Progress.',
        {},
        slow,
      ),
    ).toBeInTheDocument();
    await vi.waitFor(async () => expect((await stored(attempt.id)).attempt.status).toBe('completed'));
    expect((await stored(attempt.id)).answers).toHaveLength(1);
  });

  it('leaves one a newer version wrote as it is and offers a reload', async () => {
    const { attempt } = await seedInterview([first], {
      change: withContext({ machineVersion: interviewMachineVersion + 1 }),
    });
    renderApp(`/rehearse/attempt/${attempt.id}`);
    expect(
      await screen.findByText(
        'This interview was saved by a newer version of the app. Reload the page to get that version, then continue.',
        {},
        slow,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await stored(attempt.id)).toMatchObject({ attempt: { status: 'in-progress' } });
  });

  it('stores the answers of its transcript that the table lacks as soon as it opens', async () => {
    const { attempt } = await seedInterview([first], { rows: false });
    renderApp(`/rehearse/attempt/${attempt.id}`);
    await screen.findByRole('textbox', { name: 'Your answer' }, slow);
    await vi.waitFor(async () => expect((await stored(attempt.id)).answers.map((a) => a.text)).toEqual([first]));
    expect(await screen.findByText('Saved on this device', {}, slow)).toBeInTheDocument();
  });
});
