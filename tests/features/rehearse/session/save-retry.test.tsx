import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appDatabase } from '@/storage/database';
import { renderApp } from '../../../support/render-app';
import { resetDatabase } from '../../../support/reset-database';
import { slow } from '../../support/interview';

vi.setConfig({ testTimeout: 60_000 });
beforeEach(resetDatabase);

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Makes every snapshot write fail as on a full disk while `full` is set (the whole save transaction aborts). */
function fillableDisk() {
  const disk = { full: false };
  const db = appDatabase();
  const put = db.attempts.put.bind(db.attempts);
  vi.spyOn(db.attempts, 'put').mockImplementation(((...args: Parameters<typeof put>) =>
    disk.full ? Promise.reject(quota()) : put(...args)) as typeof put);
  return disk;
}

async function openInterview() {
  const user = userEvent.setup();
  const rendered = renderApp('/rehearse');
  await user.type(await screen.findByLabelText('Your name', {}, slow), 'Jo');
  await user.click(screen.getByRole('button', { name: 'Create profile' }));
  await user.click(await screen.findByRole('link', { name: 'Change management' }, slow));
  // A mock audit: every answer moves straight on to the next question.
  await user.click(await screen.findByRole('radio', { name: /Mock audit/ }, slow));
  await user.click(screen.getByRole('button', { name: 'Start interview' }));
  await user.click(await screen.findByRole('button', { name: 'Begin' }, slow));
  await screen.findByText('Saved on this device', {}, slow);
  return { user, ...rendered };
}

async function answer(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.type(await screen.findByRole('textbox', { name: 'Your answer' }, slow), text);
  await user.click(screen.getByRole('button', { name: 'Submit answer' }));
}

const storedTexts = async () => (await appDatabase().answers.toArray()).map((a) => a.text).sort();

// Found: with storage full four answers failed, space was freed, one more answer was given, and only the last was
// stored while the status said "Saved".
describe('failed saves', () => {
  it('count the answers that wait, say why, and are all stored once there is space again', async () => {
    const { user } = await openInterview();
    const disk = fillableDisk();
    disk.full = true;
    await answer(user, 'Change requests are documented in our ticketing system.');
    expect(await screen.findByText('1 answer not saved yet', {}, slow)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Your last answer is not saved on this device yet.');
    expect(screen.getByRole('alert')).toHaveTextContent('The app keeps trying');
    await answer(user, 'Every change is approved by the change advisory board.');
    expect(await screen.findByText('2 answers not saved yet', {}, slow)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('2 answers are not saved on this device yet.');
    expect(await storedTexts()).toEqual([]);

    disk.full = false;
    await answer(user, 'Emergency changes are reviewed afterwards.');
    expect(await screen.findByText('Saved on this device', {}, slow)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await storedTexts()).toEqual([
      'Change requests are documented in our ticketing system.',
      'Emergency changes are reviewed afterwards.',
      'Every change is approved by the change advisory board.',
    ]);
  });

  it('are retried on their own after a while', async () => {
    const { user } = await openInterview();
    const disk = fillableDisk();
    disk.full = true;
    await answer(user, 'Change requests are documented in our ticketing system.');
    await screen.findByText('1 answer not saved yet', {}, slow);
    disk.full = false;
    expect(await screen.findByText('Saved on this device', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(await storedTexts()).toEqual(['Change requests are documented in our ticketing system.']);
  });

  it('are not lost by leaving the interview in the app: coming back shows them, and they are stored', async () => {
    const { user, location } = await openInterview();
    const interviewPath = location.history!.at(-1)!;
    const disk = fillableDisk();
    disk.full = true;
    await answer(user, 'Change requests are documented in our ticketing system.');
    await screen.findByText('1 answer not saved yet', {}, slow);
    location.navigate('/rehearse');
    await screen.findByText(/You have an unfinished interview/, {}, slow);
    location.navigate(interviewPath);
    const transcript = await screen.findByRole('list', { name: 'Interview transcript' }, slow);
    expect(transcript).toHaveTextContent('Change requests are documented in our ticketing system.');
    expect(await screen.findByText('1 answer not saved yet', {}, slow)).toBeInTheDocument();
    disk.full = false;
    await answer(user, 'Every change is approved by the change advisory board.');
    expect(await screen.findByText('Saved on this device', {}, slow)).toBeInTheDocument();
    expect(await storedTexts()).toEqual([
      'Change requests are documented in our ticketing system.',
      'Every change is approved by the change advisory board.',
    ]);
  });
});
