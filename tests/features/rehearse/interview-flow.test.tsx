import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listAnswersByProfile } from '@/storage/answer-repository';
import { appDatabase } from '@/storage/database';
import { renderApp } from '../../support/render-app';
import { resetDatabase } from '../../support/reset-database';

vi.setConfig({ testTimeout: 60_000 });
const slow = { timeout: 15_000 };

beforeEach(resetDatabase);

describe('an interview in the app', () => {
  it('creates a profile, starts a practice interview, saves each answer and shows feedback', async () => {
    const user = userEvent.setup();
    renderApp('/rehearse');
    await user.type(await screen.findByLabelText('Your name', {}, slow), 'Jo');
    await user.click(screen.getByRole('button', { name: 'Create profile' }));
    await user.click(await screen.findByRole('link', { name: 'Change management' }, slow));
    await user.click(await screen.findByRole('button', { name: 'Start interview' }, slow));
    await user.click(await screen.findByRole('button', { name: 'Begin' }, slow));

    const field = await screen.findByRole('textbox', { name: 'Your answer' }, slow);
    expect(screen.getByRole('button', { name: 'Submit answer' })).toBeDisabled();
    await user.type(field, 'Change requests are documented and approved in our ticketing system.');
    const coach = screen.getByRole('complementary', { name: 'Coach' });
    // What the answer covers is listed as the learner types; nothing missing is shown unasked.
    expect(await within(coach).findAllByRole('listitem')).not.toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));

    const transcript = screen.getByRole('list', { name: 'Interview transcript' });
    expect(
      within(transcript).getByText('Change requests are documented and approved in our ticketing system.'),
    ).toBeInTheDocument();
    await vi.waitFor(async () =>
      expect(await listAnswersByProfile(appDatabase(), (await appDatabase().profiles.toArray())[0]!.id)).toHaveLength(
        1,
      ),
    );

    while (screen.queryByRole('button', { name: "I don't know" }))
      await user.click(screen.getByRole('button', { name: "I don't know" }));
    const feedback = await screen.findByRole('region', { name: 'Feedback on your answer' }, slow);
    expect(
      within(feedback).getAllByText(/ticketing system|approved|documented/, { selector: 'mark' }).length,
    ).toBeGreaterThan(0);
    expect(within(feedback).getByRole('heading', { name: 'A strong answer' })).toBeInTheDocument();
  });
});
