import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reloadWhenSaved } from '@/lib/reload-guard';
import { appDatabase } from '@/storage/database';
import { slow, startInterview, transcriptTurns } from '../../support/interview';
import { resetDatabase } from '../../../support/reset-database';

vi.setConfig({ testTimeout: 60_000 });
const draft = 'Every change has a ticket';

beforeEach(resetDatabase);

const storedTexts = async () => (await appDatabase().drafts.toArray()).map((d) => d.text);

describe('the answer being typed', () => {
  it.each(['Repeat the question', 'Ask it differently'])('is kept when the learner asks "%s"', async (button) => {
    const user = userEvent.setup();
    const { field } = await startInterview(user);
    await user.type(field, draft);
    const turns = transcriptTurns();
    await user.click(screen.getByRole('button', { name: button }));
    await vi.waitFor(() => expect(transcriptTurns()).toBe(turns + 1));
    expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveValue(draft);
  });

  it('comes back when the learner leaves the interview for another page and returns', async () => {
    const user = userEvent.setup();
    const { app, field } = await startInterview(user);
    const interviewPath = app.location.history!.at(-1)!;
    await user.type(field, draft);
    app.location.navigate('/progress');
    await screen.findByRole('heading', { level: 1, name: 'Progress' }, slow);
    app.location.navigate(interviewPath);
    expect(await screen.findByRole('textbox', { name: 'Your answer' }, slow)).toHaveValue(draft);
  });

  it('is on the device before a reload the app starts itself (an update, a missing file)', async () => {
    const user = userEvent.setup();
    const { field } = await startInterview(user);
    await user.type(field, draft);
    let storedAtReload: string[] = [];
    const reload = vi.fn(() => void storedTexts().then((texts) => (storedAtReload = texts)));
    await expect(reloadWhenSaved({ reload })).resolves.toBe(true);
    await vi.waitFor(() => expect(storedAtReload).toEqual([draft]));
  });

  it('is cleared once its answer is stored, and the next question starts empty', async () => {
    const user = userEvent.setup();
    const { field } = await startInterview(user);
    await user.type(field, draft);
    await vi.waitFor(async () => expect(await storedTexts()).toEqual([draft]));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(await screen.findByRole('textbox', { name: 'Your answer' })).toHaveValue('');
    await vi.waitFor(async () => expect(await storedTexts()).toEqual([]));
    expect(await appDatabase().answers.count()).toBe(1);
  });
});
