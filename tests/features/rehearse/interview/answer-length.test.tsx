import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fieldLimits } from '@/domain/records/limits';
import { startInterview, transcriptTurns } from '../../support/interview';
import { resetDatabase } from '../../../support/reset-database';

vi.setConfig({ testTimeout: 60_000 });
beforeEach(resetDatabase);

const limit = fieldLimits.answerChars;
const status = () => screen.getAllByRole('status').find((el) => el.classList.contains('answer-length-status'))!;

describe('the answer box and its limit', () => {
  it(`takes at most ${limit} characters and shows the count from 90% on`, async () => {
    const user = userEvent.setup();
    const { field } = await startInterview(user);
    expect(field).toHaveAttribute('maxlength', String(limit));
    await user.click(field);
    await user.paste('a'.repeat(17_999));
    expect(screen.queryByText(/of 20,000 characters/)).not.toBeInTheDocument();
    await user.type(field, 'b');
    expect(screen.getByText('18,000 of 20,000 characters')).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(expect.stringContaining('18,000 of 20,000 characters'));
    expect(status()).toBeEmptyDOMElement();
  });

  it('says so at the limit, and typing adds nothing more', async () => {
    const user = userEvent.setup();
    const { field } = await startInterview(user);
    await user.click(field);
    await user.paste('a'.repeat(limit - 1));
    await user.type(field, 'bcd');
    expect(field).toHaveValue(`${'a'.repeat(limit - 1)}b`);
    expect(screen.getByText('20,000 of 20,000 characters')).toBeInTheDocument();
    expect(status()).toHaveTextContent('Your answer has reached the limit of 20,000 characters.');
  });

  it('cuts a paste that does not fit, and says so', async () => {
    const user = userEvent.setup();
    const { field } = await startInterview(user);
    await user.click(field);
    await user.paste('a'.repeat(limit - 10));
    await user.paste('b'.repeat(50));
    expect((field as HTMLTextAreaElement).value).toHaveLength(limit);
    expect((field as HTMLTextAreaElement).value.endsWith('b'.repeat(10))).toBe(true);
    expect(status()).toHaveTextContent('The pasted text did not fit: it was cut at the limit of 20,000 characters.');
    await user.type(field, '{Backspace}');
    expect(status()).toBeEmptyDOMElement();
  });

  it('cannot submit an answer of only spaces, zero-width or bidi-control characters', async () => {
    const user = userEvent.setup();
    const { field } = await startInterview(user);
    await user.type(field, ' \u200b\u200c\u200d\ufeff\u200e\u200f\u202a\u202e\u202c\u2066\u2069 ');
    expect(screen.getByRole('button', { name: 'Submit answer' })).toBeDisabled();
    const turns = transcriptTurns();
    await user.type(field, '{Control>}{Enter}{/Control}');
    expect(transcriptTurns()).toBe(turns);
    await user.type(field, 'monthly');
    expect(screen.getByRole('button', { name: 'Submit answer' })).toBeEnabled();
  });
});
