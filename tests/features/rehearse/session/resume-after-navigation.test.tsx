import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../support/render-app';
import { resetDatabase } from '../../../support/reset-database';
import { slow } from '../../support/interview';

vi.setConfig({ testTimeout: 60_000 });
beforeEach(resetDatabase);

// The interview page once resumed from the attempt cached on the previous visit: leaving right after "Begin"
// and coming back asked for "Begin" again, although the stored snapshot had moved on.
describe('an interview left inside the app', () => {
  it('resumes where it stood, not where it stood on the previous visit', async () => {
    const user = userEvent.setup();
    const { location } = renderApp('/rehearse');
    await user.type(await screen.findByLabelText('Your name', {}, slow), 'Ria');
    await user.click(screen.getByRole('button', { name: 'Create profile' }));
    await user.click(await screen.findByRole('link', { name: 'Change management' }, slow));
    await user.click(await screen.findByRole('button', { name: 'Start interview' }, slow));
    await user.click(await screen.findByRole('button', { name: 'Begin' }, slow));
    await screen.findByRole('textbox', { name: 'Your answer' }, slow);
    const interviewPath = location.history!.at(-1)!;

    location.navigate('/rehearse');
    await screen.findByText(/You have an unfinished interview/, {}, slow);
    location.navigate(interviewPath);

    expect(await screen.findByRole('textbox', { name: 'Your answer' }, slow)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Begin' })).not.toBeInTheDocument();
  });
});
