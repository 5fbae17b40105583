import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { appDatabase } from '@/storage/database';
import { polyfillDialog } from '../../../support/dialog-polyfill';
import { resetDatabase } from '../../../support/reset-database';
import { slow, startInterview } from '../../support/interview';

vi.setConfig({ testTimeout: 60_000 });
beforeAll(polyfillDialog);
beforeEach(resetDatabase);

const attempts = () => appDatabase().attempts.toArray();

// Found: "End interview" asked nothing, and ending with no answer stored a completed attempt with a score.
describe('"End interview" before every main question is answered', () => {
  it('asks first and says how many main questions are still open; "Keep going" keeps the interview', async () => {
    const user = userEvent.setup();
    const { field } = await startInterview(user);
    await user.type(field, 'Every change has a ticket and is approved by the change board before it is made.');
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    await user.click(await screen.findByRole('button', { name: 'End interview' }, slow));
    const dialog = screen.getByRole('alertdialog', { name: 'End the interview now?' });
    expect(dialog).toHaveTextContent(
      '4 of 5 main questions are not answered yet. They count as findings in the report',
    );
    expect(within(dialog).getByRole('button', { name: 'Keep going' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Keep going' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('article', { name: /Audit report/ })).not.toBeInTheDocument();
    expect((await attempts())[0]?.status).toBe('in-progress');
  });

  it('ends with a report once confirmed', async () => {
    const user = userEvent.setup();
    const { field } = await startInterview(user);
    await user.type(field, 'Every change has a ticket and is approved by the change board before it is made.');
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    await user.click(await screen.findByRole('button', { name: 'End interview' }, slow));
    await user.click(screen.getByRole('button', { name: 'End now' }));
    expect(await screen.findByRole('article', { name: /Audit report/ }, slow)).toBeInTheDocument();
    await vi.waitFor(async () => expect((await attempts())[0]?.status).toBe('completed'), slow);
  });

  it('with no answer at all keeps no result: the attempt is closed as abandoned, with no report', async () => {
    const user = userEvent.setup();
    await startInterview(user);
    await user.click(screen.getByRole('button', { name: 'End interview' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('You have not answered any question yet.');
    await user.click(screen.getByRole('button', { name: 'End now' }));
    expect(
      await screen.findByText(/This interview was closed without an answer, so it has no report/, {}, slow),
    ).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: /Audit report/ })).not.toBeInTheDocument();
    await vi.waitFor(async () => expect((await attempts())[0]).toMatchObject({ status: 'abandoned' }), slow);
    expect((await attempts())[0]?.score).toBeUndefined();
  });
});
