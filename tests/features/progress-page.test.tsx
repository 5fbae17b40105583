import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { aggregateDigests } from '@/domain/progress/aggregate-progress';
import { usePreferences } from '@/lib/preferences-store';
import { appDatabase } from '@/storage/database';
import { loadProgress } from '@/storage/progress-loader';
import { renderApp } from '../support/render-app';
import { resetDatabase } from '../support/reset-database';
import { seedAttempts, seedBulkHistory, seedProfile, type SeededAttempt } from './support/progress-seed';

// The page loads its code, translations and the checked scenario library; fake-indexeddb is slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });
const slow = { timeout: 10_000 };

beforeEach(resetDatabase);

const standards = 'hardening-standards';
const hardening = (
  score: number,
  grade: SeededAttempt['grade'],
  documented: 'covered' | 'missing',
  approval: 'partial' | 'missing',
): SeededAttempt => ({
  topic: 'configuration-hardening',
  score,
  grade,
  answers: [
    {
      questionId: standards,
      evidence: { 'benchmark-baseline': 'covered', 'documented-standard': documented, 'baseline-approval': approval },
    },
  ],
});

/** Five hardening attempts (latest 70, best 85), one weak patch attempt, one strong logging attempt. */
const history: SeededAttempt[] = [
  hardening(40, 'minor-nc', 'missing', 'missing'),
  hardening(55, 'observation', 'missing', 'missing'),
  { topic: 'patch-management', score: 30, grade: 'minor-nc' },
  hardening(62, 'observation', 'missing', 'partial'),
  hardening(85, 'conformity', 'covered', 'partial'),
  hardening(70, 'ofi', 'missing', 'partial'),
  { topic: 'logging-monitoring', score: 90, grade: 'conformity' },
];

const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) =>
      [...within(row).queryAllByRole('columnheader'), ...within(row).queryAllByRole('cell')].map(
        (cell) => cell.textContent,
      ),
    );

describe('the progress page', () => {
  it('shows an empty state with a way to rehearse when nobody has practised yet', async () => {
    renderApp('/progress');
    expect(await screen.findByRole('heading', { level: 1, name: 'Progress' }, slow)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'No interviews yet' }, slow)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Rehearse a topic' })).toHaveAttribute('href', '/rehearse');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Learner' })).not.toBeInTheDocument();
  });

  it('shows the empty state for a learner without attempts, with the learner select', async () => {
    await seedProfile('Alex Admin', { active: true });
    renderApp('/progress');
    expect(await screen.findByRole('heading', { name: 'No interviews yet' }, slow)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Learner' })).toHaveDisplayValue('Alex Admin');
  });

  it('lists each attempted topic with latest and best score and grade, attempts and readiness', async () => {
    const alex = await seedProfile('Alex Admin', { active: true });
    await seedAttempts(alex.id, history);
    renderApp('/progress');
    const table = await screen.findByRole('table', { name: 'Your topics' }, slow);
    expect(rowTexts(table)).toEqual([
      ['Topic', 'Latest', 'Best', 'Attempts', 'Readiness'],
      ['Configuration hardening', '70 · Opportunity for improvement', '85 · Conformity', '5', 'At risk'],
      ['Patch management', '30 · Minor nonconformity', '30 · Minor nonconformity', '1', 'Not ready'],
      ['Logging and monitoring', '90 · Conformity', '90 · Conformity', '1', 'Ready'],
    ]);
  });

  it('lists a topic the learner only started, with no completed attempt and not ready', async () => {
    const alex = await seedProfile('Alex Admin', { active: true });
    await seedAttempts(alex.id, [{ topic: 'change-management', score: 0, grade: 'major-nc', unfinished: true }]);
    renderApp('/progress');
    const table = await screen.findByRole('table', { name: 'Your topics' }, slow);
    expect(rowTexts(table).slice(1)).toEqual([['Change management', 'Not yet', 'Not yet', '0', 'Not ready']]);
    const section = screen.getByRole('region', { name: 'Change management' });
    expect(within(section).getByText('Readiness: Not ready (no completed attempt yet)')).toBeInTheDocument();
    expect(within(section).queryByRole('img')).not.toBeInTheDocument();
  });

  it('explains readiness with the thresholds, and why each topic stands where it does', async () => {
    const alex = await seedProfile('Alex Admin', { active: true });
    await seedAttempts(alex.id, history);
    renderApp('/progress');
    const legend = await screen.findByRole('region', { name: 'How readiness is judged' }, slow);
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Ready: latest score 75 or more, with no nonconformity in that attempt.',
      'At risk: latest score 50 to 74, or a minor nonconformity.',
      'Not ready: no completed attempt, latest score below 50, or a major nonconformity.',
    ]);
    const patch = screen.getByRole('region', { name: 'Patch management' });
    expect(
      within(patch).getByText(
        'Readiness: Not ready (latest score below 50; a minor nonconformity in the latest attempt)',
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Logging and monitoring' })).getByText('Readiness: Ready'),
    ).toBeInTheDocument();
  });

  it('draws the score trend as a labelled chart with the readiness thresholds', async () => {
    const alex = await seedProfile('Alex Admin', { active: true });
    await seedAttempts(alex.id, history);
    renderApp('/progress');
    const chart = await screen.findByRole(
      'img',
      { name: 'Scores for Configuration hardening over 5 attempts: 40, 55, 62, 85, 70' },
      slow,
    );
    expect(chart.querySelectorAll('circle')).toHaveLength(5);
    expect(chart.querySelectorAll('.chart-threshold')).toHaveLength(2);
    expect(screen.getByRole('img', { name: 'Scores for Patch management over 1 attempt: 30' })).toBeInTheDocument();
  });

  it('lists the evidence missed most often per topic, labelled from the scenario', async () => {
    const alex = await seedProfile('Alex Admin', { active: true });
    await seedAttempts(alex.id, history);
    renderApp('/progress');
    const section = await screen.findByRole('region', { name: 'Configuration hardening' }, slow);
    const list = within(section).getByRole('list', { name: 'Evidence you miss most' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      "The organisation's own written hardening standard, kept as a controlled document missed in 4 of 5 attempts",
      'Standard approved by a named owner (CISO, architecture board) missed in 2 of 5 attempts',
    ]);
    const logging = screen.getByRole('region', { name: 'Logging and monitoring' });
    expect(within(logging).getByText('No evidence missed so far.')).toBeInTheDocument();
  });

  it('speaks German: headings, columns, grades, readiness and evidence labels', async () => {
    usePreferences.setState({ language: 'de' });
    const alex = await seedProfile('Alex Admin', { active: true });
    await seedAttempts(alex.id, history);
    renderApp('/progress');
    expect(await screen.findByRole('heading', { level: 1, name: 'Fortschritt' }, slow)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Ihre Themen' }, slow);
    expect(rowTexts(table).slice(0, 2)).toEqual([
      ['Thema', 'Zuletzt', 'Beste', 'Versuche', 'Bereitschaft'],
      ['Konfigurationshärtung', '70 · Verbesserungspotenzial', '85 · Konformität', '5', 'Gefährdet'],
    ]);
    expect(screen.getByRole('combobox', { name: 'Lernende Person' })).toBeInTheDocument();
    const legend = screen.getByRole('region', { name: 'So wird die Bereitschaft beurteilt' });
    expect(
      within(legend).getByText('Bereit: letztes Ergebnis 75 oder mehr, ohne Abweichung in diesem Versuch.'),
    ).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Konfigurationshärtung' });
    expect(
      within(section).getByRole('img', {
        name: 'Ergebnisse für Konfigurationshärtung über 5 Versuche: 40, 55, 62, 85, 70',
      }),
    ).toBeInTheDocument();
    const list = within(section).getByRole('list', { name: 'Nachweise, die Ihnen am häufigsten fehlen' });
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(
      'Eigene schriftliche Härtungsrichtlinie als gelenktes Dokument fehlte in 4 von 5 Versuchen',
    );
  });
});

describe('viewing another learner', () => {
  async function twoLearners() {
    const alex = await seedProfile('Alex Admin', { active: true });
    const robin = await seedProfile('Robin Root');
    await seedAttempts(alex.id, [hardening(62, 'observation', 'missing', 'partial')]);
    await seedAttempts(robin.id, [
      { topic: 'backup-disaster-recovery', score: 78, grade: 'ofi' },
      { topic: 'backup-disaster-recovery', score: 88, grade: 'conformity' },
    ]);
    return { alex, robin };
  }
  const robinsRow = ['Backup and disaster recovery', '88 · Conformity', '88 · Conformity', '2', 'Ready'];

  it('starts with the active profile and switches through the Learner select, keeping the choice in the URL', async () => {
    const { robin } = await twoLearners();
    const { location } = renderApp('/progress');
    const table = await screen.findByRole('table', { name: 'Your topics' }, slow);
    expect(
      rowTexts(table)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['Configuration hardening']);
    expect(screen.getByRole('combobox', { name: 'Learner' })).toHaveDisplayValue('Alex Admin');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Learner' }), 'Robin Root');
    expect(location.history?.at(-1)).toBe(`/progress?profile=${robin.id}`);
    await screen.findByRole('cell', { name: 'Backup and disaster recovery' }, slow);
    expect(rowTexts(screen.getByRole('table', { name: 'Your topics' })).slice(1)).toEqual([robinsRow]);
    expect(screen.getByRole('combobox', { name: 'Learner' })).toHaveDisplayValue('Robin Root');
  });

  it('opens the learner named in the URL', async () => {
    const { robin } = await twoLearners();
    renderApp(`/progress?profile=${robin.id}`);
    const table = await screen.findByRole('table', { name: 'Your topics' }, slow);
    expect(rowTexts(table).slice(1)).toEqual([robinsRow]);
    expect(screen.getByRole('combobox', { name: 'Learner' })).toHaveDisplayValue('Robin Root');
  });

  it('says so when the URL names a learner this device does not have, and shows the active one', async () => {
    await twoLearners();
    renderApp('/progress?profile=00000000-0000-4000-8000-000000000000');
    // The name sits in a <bdi> of its own, so the sentence is matched as the paragraph's whole text.
    const sentence = 'There is no learner with this link on this device, so the progress of Alex Admin is shown.';
    const notice = await screen.findByText(
      (_, element) => element?.tagName === 'P' && element.textContent === sentence,
      {},
      slow,
    );
    expect(notice).toHaveAttribute('role', 'status');
    expect(await screen.findByRole('cell', { name: 'Configuration hardening' }, slow)).toBeInTheDocument();
  });
});

describe('a learner with 1,000 attempts', () => {
  it('loads and renders their progress (timings are printed, not asserted)', { timeout: 300_000 }, async () => {
    const seedStart = performance.now();
    const learner = await seedBulkHistory(1_000, 10);
    const seeded = performance.now() - seedStart;

    // A first render loads the page's code, translations and the scenario library, so the timed ones measure data.
    renderApp('/progress');
    await screen.findByRole('table', { name: 'Your topics' }, { timeout: 60_000 });
    cleanup();

    const loadStart = performance.now();
    const topics = await loadProgress(appDatabase(), learner.id, []);
    const loaded = performance.now() - loadStart;
    // The part of loading that runs on the main thread in one go (the rest is waiting for IndexedDB).
    const digests = await appDatabase().progressDigests.toArray();
    const aggregateStart = performance.now();
    aggregateDigests(digests, []);
    const aggregated = performance.now() - aggregateStart;

    const renderStart = performance.now();
    renderApp('/progress');
    const table = await screen.findByRole('table', { name: 'Your topics' }, { timeout: 60_000 });
    const rendered = performance.now() - renderStart;

    const attemptCells = rowTexts(table)
      .slice(1)
      .map((row) => Number(row[3]));
    cleanup();

    // The same page for a learner with one attempt: what the page costs apart from the amount of data.
    const newcomer = await seedProfile('Nova Newcomer');
    await seedAttempts(newcomer.id, [hardening(62, 'observation', 'missing', 'partial')]);
    const baselineStart = performance.now();
    renderApp(`/progress?profile=${newcomer.id}`);
    await screen.findByRole('cell', { name: 'Configuration hardening' }, { timeout: 60_000 });
    const baseline = performance.now() - baselineStart;

    expect(attemptCells).toHaveLength(8);
    expect(attemptCells.reduce((sum, count) => sum + count, 0)).toBe(1_000);
    expect(topics.reduce((sum, topic) => sum + topic.completedAttempts, 0)).toBe(1_000);
    console.log(
      `progress with 1,000 attempts x 10 answers (fake-indexeddb): seeding ${seeded.toFixed(0)} ms, ` +
        `loadProgress ${loaded.toFixed(1)} ms (of which aggregating ${aggregated.toFixed(1)} ms), page from render to table ${rendered.toFixed(1)} ms ` +
        `(the same page for a learner with 1 attempt: ${baseline.toFixed(1)} ms)`,
    );
  });
});
