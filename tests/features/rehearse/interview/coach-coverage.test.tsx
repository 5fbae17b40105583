import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDatabase } from '../../../support/reset-database';
import { slow, startInterview } from '../../support/interview';

vi.setConfig({ testTimeout: 60_000 });
beforeEach(resetDatabase);

const item = (label: string) =>
  within(screen.getByRole('complementary', { name: 'Coach' }))
    .getByText(label)
    .closest('li')!;

// Found: the follow-up's coach showed evidence from the main answer as "not yet mentioned", although the
// question's score adds the answers up.
describe('the coach during a follow-up', () => {
  it('shows the question as covered so far, marking what the main answer already gave', async () => {
    const user = userEvent.setup();
    const { field } = await startInterview(user);
    await user.type(field, 'Every change has a change ticket, and it is approved in the ticket before we start.');
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    await screen.findByText(/Follow-up question/, {}, slow);

    expect(item('Every change has a change request or ticket')).toHaveTextContent('given · from an earlier answer');
    expect(item('Approval is given and recorded before implementation')).toHaveTextContent(
      'given · from an earlier answer',
    );
    expect(item('Risk and impact, including security, are assessed')).toHaveTextContent('not yet mentioned');
    expect(screen.getByTestId('coach-score')).toHaveTextContent('Score for this question so far');

    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'We do a risk assessment for each change.');
    await vi.waitFor(() =>
      expect(item('Risk and impact, including security, are assessed')).toHaveAttribute('data-status', 'covered'),
    );
    expect(item('Risk and impact, including security, are assessed')).not.toHaveTextContent('from an earlier answer');
  });
});
