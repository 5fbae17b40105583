import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveCustomScenario } from '@/storage/custom-scenario-repository';
import { appDatabase } from '@/storage/database';
import { usePreferences } from '@/lib/preferences-store';
import { renderApp } from '../support/render-app';
import { resetDatabase } from '../support/reset-database';

const fixture = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../domain/scenario/fixtures', name), 'utf8');

const englishTitles = [
  'Configuration hardening',
  'Patch management',
  'Logging and monitoring',
  'Privileged access',
  'Automation and configuration as code',
  'Change management',
  'Backup and disaster recovery',
  'Security and operations collaboration',
];
const germanTitles = [
  'Konfigurationshärtung',
  'Patch-Management',
  'Protokollierung und Überwachung',
  'Privilegierte Zugriffe',
  'Automatisierung und Konfiguration als Code',
  'Änderungsmanagement',
  'Datensicherung und Notfallwiederherstellung',
  'Zusammenarbeit von Sicherheit und Betrieb',
];

// Loading and checking the whole library is real work; give each test room on a slow machine.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(resetDatabase);

describe('the scenario library in the app', () => {
  it('lists the eight scenarios in English, in topic order', async () => {
    renderApp('/rehearse');
    const list = await screen.findByRole('heading', { level: 3, name: englishTitles[0] }, { timeout: 10_000 });
    const titles = within(list.closest('ul')!)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles).toEqual(englishTitles);
  });

  it('lists the eight scenarios in German', async () => {
    usePreferences.setState({ language: 'de' });
    renderApp('/rehearse');
    const list = await screen.findByRole('heading', { level: 3, name: germanTitles[0] }, { timeout: 10_000 });
    const titles = within(list.closest('ul')!)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles).toEqual(germanTitles);
  });

  it('shows trainers every file as ready, with its samples scored as expected', async () => {
    renderApp('/scenarios');
    expect(await screen.findByText('8 files, 8 ready for learners.', {}, { timeout: 10_000 })).toBeInTheDocument();
    for (const title of englishTitles) {
      const card = screen.getByRole('listitem', { name: title });
      expect(within(card).getByText('Ready')).toBeInTheDocument();
      const samples = within(card).getByText(/^Sample answers:/).textContent ?? '';
      const [, passed, total] = samples.match(/(\d+) of (\d+)/) ?? [];
      expect(Number(total)).toBeGreaterThanOrEqual(10);
      expect(passed).toBe(total);
    }
  });

  it('keeps a broken file from learners and tells the trainer where it failed', async () => {
    await saveCustomScenario(appDatabase(), {
      fileName: 'broken.yaml',
      source: 'id: broken\nschemaVersion: 1\nversion: [1\n',
    });
    renderApp('/scenarios');
    expect(await screen.findByText('9 files, 8 ready for learners.', {}, { timeout: 10_000 })).toBeInTheDocument();
    const card = screen.getByRole('listitem', { name: 'broken.yaml' });
    expect(within(card).getByText(/Failed its checks/)).toBeInTheDocument();
    expect(within(card).getByText(/^broken\.yaml:4:1: YAML syntax: .*end with a \]/)).toBeInTheDocument();
  });

  it('shows a hostile scenario file as plain text, never as markup', async () => {
    await saveCustomScenario(appDatabase(), { fileName: 'hostile.yaml', source: fixture('hostile.yaml') });
    renderApp('/rehearse');
    const link = await screen.findByRole(
      'link',
      { name: "<script>alert('title')</script> Hostile text" },
      { timeout: 10_000 },
    );
    expect(link).toHaveTextContent("<script>alert('title')</script> Hostile text");
    expect(screen.getByText(/<a href="javascript:alert\(1\)">click me<\/a>/)).toBeInTheDocument();
    expect(document.querySelectorAll('script, iframe, img, svg, style, a[href^="javascript"]')).toHaveLength(0);
  });
});
