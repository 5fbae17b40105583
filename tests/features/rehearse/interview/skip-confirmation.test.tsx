import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { polyfillDialog } from '../../../support/dialog-polyfill';
import { startInterview, transcriptTurns } from '../../support/interview';
import { resetDatabase } from '../../../support/reset-database';

vi.setConfig({ testTimeout: 60_000 });
const draft = 'Every change has a ticket';

beforeAll(polyfillDialog);
beforeEach(resetDatabase);

describe.each([
  { button: 'Skip question', question: 'Skip this question?', confirm: 'Skip and discard my text' },
  { button: "I don't know", question: "Say you don't know?", confirm: "Discard my text and say I don't know" },
])('"$button" with text in the box', ({ button, question, confirm }) => {
  it('asks first; "Keep my text" keeps it and returns to the button', async () => {
    const user = userEvent.setup();
    const { field } = await startInterview(user);
    await user.type(field, draft);
    await user.click(screen.getByRole('button', { name: button }));
    const dialog = screen.getByRole('alertdialog', { name: question });
    expect(within(dialog).getByRole('button', { name: 'Keep my text' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Keep my text' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveValue(draft);
    expect(screen.getByRole('button', { name: button })).toHaveFocus();
  });

  it('closes on Escape and keeps the text', async () => {
    const user = userEvent.setup();
    const { field } = await startInterview(user);
    await user.type(field, draft);
    await user.click(screen.getByRole('button', { name: button }));
    expect(screen.getByRole('alertdialog', { name: question })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveValue(draft);
  });

  it('goes on only when the learner confirms, with the keyboard too', async () => {
    const user = userEvent.setup();
    const { field } = await startInterview(user);
    await user.type(field, draft);
    const turns = transcriptTurns();
    await user.click(screen.getByRole('button', { name: button }));
    expect(transcriptTurns()).toBe(turns);
    await user.tab();
    expect(screen.getByRole('button', { name: confirm })).toHaveFocus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(transcriptTurns()).toBeGreaterThan(turns));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Your answer' })).toHaveValue('');
  });

  it('does not ask when the box is empty or holds only invisible characters', async () => {
    const user = userEvent.setup();
    const { field } = await startInterview(user);
    await user.type(field, ' \u200b\u202e ');
    const turns = transcriptTurns();
    await user.click(screen.getByRole('button', { name: button }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await vi.waitFor(() => expect(transcriptTurns()).toBeGreaterThan(turns));
  });
});
