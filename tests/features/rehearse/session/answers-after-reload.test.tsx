import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answersOf, type Turn } from '@/domain/interview';
import { appDatabase } from '@/storage/database';
import { renderApp } from '../../../support/render-app';
import { resetDatabase } from '../../../support/reset-database';

vi.setConfig({ testTimeout: 60_000 });
const slow = { timeout: 15_000 };

beforeEach(resetDatabase);

/** The stored transcript's answer texts and the answers table's texts, for the one attempt. */
async function storedAnswers() {
  const [attempt] = await appDatabase().attempts.toArray();
  const snapshot = attempt?.machineSnapshot as { context?: { transcript?: Turn[] } } | undefined;
  const transcript = answersOf(snapshot?.context?.transcript ?? []).map((a) => a.text);
  const table = (await appDatabase().answers.toArray()).map((a) => a.text);
  return { transcript: transcript.sort(), table: table.sort() };
}

// Invariant (answers = transcript), through reloads: the first answer after a reload used to reach only the
// snapshot, never the answers table.
describe('answers given after a reload', () => {
  it('are stored: the answers table equals the transcript after every save', async () => {
    const user = userEvent.setup();
    const first = renderApp('/rehearse');
    await user.type(await screen.findByLabelText('Your name', {}, slow), 'Jo');
    await user.click(screen.getByRole('button', { name: 'Create profile' }));
    await user.click(await screen.findByRole('link', { name: 'Change management' }, slow));
    await user.click(await screen.findByRole('button', { name: 'Start interview' }, slow));
    await user.click(await screen.findByRole('button', { name: 'Begin' }, slow));
    await user.type(await screen.findByRole('textbox', { name: 'Your answer' }, slow), 'Changes go through tickets.');
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    await screen.findByText('Saved on this device', {}, slow);
    await vi.waitFor(async () => expect((await storedAnswers()).table).toHaveLength(1));
    const path = first.location.history?.at(-1) ?? '/rehearse';

    for (const round of [1, 2]) {
      first.unmount();
      const again = renderApp(path);
      const answerBox = await screen.findByRole('textbox', { name: 'Your answer' }, slow);
      await user.type(answerBox, `After reload ${round}: the CAB approves each change.`);
      await user.click(screen.getByRole('button', { name: 'Submit answer' }));
      await screen.findByText('Saved on this device', {}, slow);
      await vi.waitFor(async () => {
        const { transcript, table } = await storedAnswers();
        expect(transcript).toHaveLength(round + 1);
        expect(table).toEqual(transcript);
      });
      Object.assign(first, { unmount: again.unmount });
    }
  });
});
