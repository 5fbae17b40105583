import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { renderApp } from '../../support/render-app';

export const slow = { timeout: 15_000 };

/** Renders the app, creates a profile and starts a practice interview at Change management; returns the app and the answer box. */
export async function startInterview(user: UserEvent, name = 'Dee Raft') {
  const app = renderApp('/rehearse');
  await user.type(await screen.findByLabelText('Your name', {}, slow), name);
  await user.click(screen.getByRole('button', { name: 'Create profile' }));
  await user.click(await screen.findByRole('link', { name: 'Change management' }, slow));
  await user.click(await screen.findByRole('button', { name: 'Start interview' }, slow));
  await user.click(await screen.findByRole('button', { name: 'Begin' }, slow));
  const field = await screen.findByRole('textbox', { name: 'Your answer' }, slow);
  return { app, field };
}

/** How many turns the transcript shows. */
export const transcriptTurns = () =>
  within(screen.getByRole('list', { name: 'Interview transcript' })).getAllByRole('listitem').length;
