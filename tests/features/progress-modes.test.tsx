import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../support/render-app';
import { resetDatabase } from '../support/reset-database';
import { seedAttempts, seedProfile } from './support/progress-seed';

vi.setConfig({ testTimeout: 60_000 });
const slow = { timeout: 15_000 };
beforeEach(resetDatabase);

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));

// Found: practice and mock audits were mixed in one latest/best ("Score change: -55" between a practice run
// and a mock audit).
describe('Progress shows practice and mock audits apart', () => {
  it('gives each mode of a topic its own attempts, latest and best', async () => {
    const alex = await seedProfile('Alex Admin', { active: true });
    await seedAttempts(alex.id, [
      { topic: 'patch-management', score: 85, grade: 'conformity', mode: 'practice' },
      { topic: 'patch-management', score: 40, grade: 'minor-nc', mode: 'mock' },
      { topic: 'patch-management', score: 90, grade: 'conformity', mode: 'practice' },
    ]);
    renderApp('/progress');
    const table = await screen.findByRole('table', { name: 'Patch management: practice and mock audits apart' }, slow);
    expect(rowsOf(table)).toEqual([
      ['Practice', '2', '90 · Conformity', '90 · Conformity'],
      ['Mock audit', '1', '40 · Minor nonconformity', '40 · Minor nonconformity'],
    ]);
  });
});
