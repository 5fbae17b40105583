import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fieldLimits } from '@/domain/records/limits';
import { exportBackupFile } from '@/storage/backup-export';
import { appDatabase } from '@/storage/database';
import { restoreBackup } from '@/storage/restore-backup';
import { freshDatabase } from '../../storage/support/database';
import { renderApp } from '../../support/render-app';
import { resetDatabase } from '../../support/reset-database';

vi.setConfig({ testTimeout: 90_000 });
const slow = { timeout: 20_000 };

beforeEach(resetDatabase);

async function startInterview() {
  const user = userEvent.setup();
  renderApp('/rehearse');
  await user.type(await screen.findByLabelText('Your name', {}, slow), 'Jo');
  await user.click(screen.getByRole('button', { name: 'Create profile' }));
  await user.click(await screen.findByRole('link', { name: 'Change management' }, slow));
  // A mock audit: the practice coach would score the whole draft again on every change.
  await user.click(await screen.findByRole('radio', { name: /Mock audit/ }, slow));
  await user.click(screen.getByRole('button', { name: 'Start interview' }));
  await user.click(await screen.findByRole('button', { name: 'Begin' }, slow));
  return screen.findByRole('textbox', { name: 'Your answer' }, slow);
}

// The answer is set in one change event: typing a million characters one by one would take hours.
function answer(field: HTMLElement, text: string) {
  fireEvent.change(field, { target: { value: text } });
  fireEvent.submit(field.closest('form')!);
}

async function storedAnswers() {
  return appDatabase().answers.count();
}

async function longestSnapshotText(): Promise<number> {
  const attempts = await appDatabase().attempts.toArray();
  let longest = 0;
  JSON.stringify(
    attempts.map((attempt) => attempt.machineSnapshot),
    (_key, value: unknown) => {
      if (typeof value === 'string') longest = Math.max(longest, value.length);
      return value;
    },
  );
  return longest;
}

describe('answers at and over the length limit', () => {
  it('never stores an answer that makes the device backup unreadable by the same app', async () => {
    const field = await startInterview();
    answer(field, 'a '.repeat(500_001));
    answer(await screen.findByRole('textbox', { name: 'Your answer' }, slow), 'Changes are approved in tickets.');
    await vi.waitFor(async () => expect(await storedAnswers()).toBeGreaterThan(0), slow);
    await screen.findByText('Saved on this device', {}, slow);

    const file = await exportBackupFile(appDatabase(), { kind: 'all' });
    const restored = await restoreBackup(freshDatabase(), file.text);
    expect(restored).toMatchObject({ ok: true, report: { added: { answers: await storedAnswers() } } });
    expect(await longestSnapshotText()).toBeLessThanOrEqual(fieldLimits.answerChars);
  });

  it('cuts an answer one character over the limit to the limit instead of blaming the browser storage', async () => {
    const field = await startInterview();
    answer(field, 'x'.repeat(fieldLimits.answerChars + 1));
    await vi.waitFor(async () => expect(await storedAnswers()).toBe(1), slow);

    expect(screen.queryByText(/The browser could not store the data/)).not.toBeInTheDocument();
    const [stored] = await appDatabase().answers.toArray();
    expect(stored?.text).toHaveLength(fieldLimits.answerChars);
    expect(await longestSnapshotText()).toBeLessThanOrEqual(fieldLimits.answerChars);
  });
});
