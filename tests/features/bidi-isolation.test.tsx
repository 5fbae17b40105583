import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { polyfillDialog } from '../support/dialog-polyfill';
import { renderApp } from '../support/render-app';
import { resetDatabase } from '../support/reset-database';
import { seedProfile } from './support/progress-seed';
import { slow } from './support/interview';

vi.setConfig({ testTimeout: 60_000 });
beforeAll(polyfillDialog);
beforeEach(resetDatabase);

// U+202E RIGHT-TO-LEFT OVERRIDE: without isolation it would reverse everything after the name on its line.
const spoof = 'Mallory \u202egnissap';

/** The element's children as [node name, text]: the words around an isolated value stay text of their own. */
const childrenOf = (element: Element) => [...element.childNodes].map((node) => [node.nodeName, node.textContent]);

describe('names and titles from outside the app are shown isolated', () => {
  it('a learner named with an RTL override in the progress notice and the Learner select', async () => {
    await seedProfile(spoof, { active: true });
    renderApp('/progress?profile=00000000-0000-4000-8000-000000000000');
    const notice = await screen.findByText(/There is no learner with this link/, {}, slow);
    expect(childrenOf(notice)).toEqual([
      ['#text', 'There is no learner with this link on this device, so the progress of '],
      ['BDI', spoof],
      ['#text', ' is shown.'],
    ]);
    const select = screen.getByRole('combobox', { name: 'Learner' });
    expect(within(select).getByRole('option', { name: spoof })).toHaveAttribute('dir', 'auto');
  });

  it('in the profile select of Rehearse', async () => {
    await seedProfile(spoof, { active: true });
    renderApp('/rehearse');
    const practising = await screen.findByRole('combobox', { name: 'Practising as' }, slow);
    expect(within(practising).getByRole('option', { name: spoof })).toHaveAttribute('dir', 'auto');
  });

  it('in the backup select of Settings', async () => {
    await seedProfile(spoof, { active: true });
    await seedProfile('Second Learner');
    renderApp('/settings');
    const backup = await screen.findByRole('combobox', { name: /profile/i }, slow);
    expect(within(backup).getByRole('option', { name: spoof })).toHaveAttribute('dir', 'auto');
  });

  it('scenario titles in the library, the start page, the interview and its tab title, the resume notice and the report', async () => {
    const user = userEvent.setup();
    const { location } = renderApp('/rehearse');
    await user.type(await screen.findByLabelText('Your name', {}, slow), 'Bea Di');
    await user.click(screen.getByRole('button', { name: 'Create profile' }));
    const link = await screen.findByRole('link', { name: 'Change management' }, slow);
    expect(link.querySelector('bdi')).toHaveTextContent('Change management');
    await user.click(link);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Change management' }, slow);
    expect(childrenOf(heading)).toEqual([['BDI', 'Change management']]);
    expect(document.title).toBe('\u2068Change management\u2069 · Mock Audit Trainer');
    await user.click(screen.getByRole('button', { name: 'Start interview' }));
    await user.click(await screen.findByRole('button', { name: 'Begin' }, slow));
    // The interview view is a lazy chunk: under load it may still be loading when Begin resolves.
    const interviewHeading = await screen.findByRole('heading', { level: 1 }, slow);
    expect(interviewHeading.querySelector('bdi')).toHaveTextContent('Change management');
    const interviewPath = location.history!.at(-1)!;
    location.navigate('/rehearse');
    const resume = await screen.findByText(/You have an unfinished interview/, {}, slow);
    expect(childrenOf(resume)).toEqual([
      ['#text', 'You have an unfinished interview: '],
      ['BDI', 'Change management'],
      ['#text', '.'],
    ]);
    location.navigate(interviewPath);
    // A report needs an answer: ending with none closes the interview without one.
    await user.type(await screen.findByRole('textbox', { name: 'Your answer' }, slow), 'Every change has a ticket.');
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    await user.click(await screen.findByRole('button', { name: 'End interview' }, slow));
    await user.click(await screen.findByRole('button', { name: 'End now' }, slow));
    const report = await screen.findByRole('heading', { name: 'Audit report: Change management' }, slow);
    expect(childrenOf(report)).toEqual([
      ['#text', 'Audit report: '],
      ['BDI', 'Change management'],
    ]);
  });
});
