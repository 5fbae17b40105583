import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appDatabase } from '@/storage/database';
import { putSetting } from '@/storage/settings-repository';
import { resetDatabase } from '../../../support/reset-database';
import { slow, startInterview } from '../../support/interview';

vi.setConfig({ testTimeout: 60_000 });
beforeEach(resetDatabase);

const coach = () => within(screen.getByRole('complementary', { name: 'Coach' }));
const item = (label: string) => coach().getByText(label).closest('li')!;

// Found: the follow-up's coach showed evidence from the main answer as "not yet mentioned", although the
// question's score adds the answers up.
describe('the coach during a follow-up', () => {
  it('shows the question as covered so far, marking what the main answer already gave', async () => {
    const user = userEvent.setup();
    const { field } = await startInterview(user);
    await user.type(field, 'Every change has a change ticket, and it is approved in the ticket before we start.');
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    await screen.findByText(/Follow-up question/, {}, slow);

    expect(item('Every change has a change request or ticket')).toHaveTextContent('from an earlier answer');
    expect(item('Every change has a change request or ticket')).toHaveTextContent('change ticket');
    expect(item('Approval is given and recorded before implementation')).toHaveTextContent('from an earlier answer');
    expect(coach().queryByText('Risk and impact, including security, are assessed')).toBeNull();
    expect(screen.getByTestId('coach-score')).toHaveTextContent('Score for this question so far');

    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'We do a risk assessment for each change.');
    await vi.waitFor(() =>
      expect(item('Risk and impact, including security, are assessed')).not.toHaveTextContent('from an earlier answer'),
    );
  });
});

describe('coaching that teaches', () => {
  it('says how many points remain and reveals the missing ones one hint at a time', async () => {
    const user = userEvent.setup();
    const { field } = await startInterview(user);
    await user.type(field, 'Every change has a change ticket.');
    const remaining = await screen.findByTestId('coach-remaining');
    await vi.waitFor(() => expect(remaining).toHaveTextContent(/^\d+ points? still to cover\.$/));
    const count = Number(/\d+/.exec(remaining.textContent ?? '')?.[0]);
    expect(coach().queryByRole('list', { name: 'Hints' })).toBeNull();

    await user.click(coach().getByRole('button', { name: 'Show a hint' }));
    expect(within(coach().getByRole('list', { name: 'Hints' })).getAllByRole('listitem')).toHaveLength(1);
    for (let shown = 2; shown <= count; shown += 1) {
      await user.click(coach().getByRole('button', { name: 'Show the next hint' }));
      expect(within(coach().getByRole('list', { name: 'Hints' })).getAllByRole('listitem')).toHaveLength(shown);
    }
    expect(coach().queryByRole('button', { name: /hint/ })).toBeNull();
  });
});

describe('the full evidence list setting', () => {
  it('lists every expected item with its status while typing, for learners who chose it', async () => {
    await putSetting(appDatabase(), 'coach.fullEvidenceList', true);
    const user = userEvent.setup();
    const { field } = await startInterview(user);
    await user.type(field, 'Every change has a change ticket.');
    await vi.waitFor(() =>
      expect(item('Every change has a change request or ticket')).toHaveAttribute('data-status', 'covered'),
    );
    expect(item('Risk and impact, including security, are assessed')).toHaveTextContent('not yet mentioned');
    expect(coach().queryByRole('button', { name: 'Show a hint' })).toBeNull();
  });
});
