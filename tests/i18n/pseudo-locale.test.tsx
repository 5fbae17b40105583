import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as LanguagePacksModule from '@/domain/language/language-packs';
import type * as LanguagesModule from '@/domain/language/languages';
import { pickText } from '@/domain/scenario/locale';
import { loadScenario } from '@/domain/scenario/load-scenario';
import { defaultGrading } from '@/domain/scenario/scenario-schema';
import { scoreAnswer } from '@/domain/scoring/score-answer';
import type { ScoringInput } from '@/domain/scoring/score-types';
import type * as CommonResourcesModule from '@/i18n/common-resources';
import { usePreferences } from '@/lib/preferences-store';
import { pseudoLocale, pseudoPack } from '../support/pseudo-locale';
import { renderApp } from '../support/render-app';
import { resetDatabase } from '../support/reset-database';

// The three steps of adding a language, done for a made-up one: the list, the pack, the translations.
vi.mock('@/domain/language/languages', async (importOriginal) => {
  const { languages } = await importOriginal<typeof LanguagesModule>();
  const { pseudoLanguage } = await import('../support/pseudo-locale');
  return { languages: [...languages, pseudoLanguage] };
});
vi.mock('@/domain/language/language-packs', async (importOriginal) => {
  const { languagePacks } = await importOriginal<typeof LanguagePacksModule>();
  const { pseudoPack: pack } = await import('../support/pseudo-locale');
  return { languagePacks: { ...languagePacks, xx: pack } };
});
vi.mock('@/i18n/common-resources', async (importOriginal) => {
  const { commonResources } = await importOriginal<typeof CommonResourcesModule>();
  const { pseudoCommon } = await import('../support/pseudo-locale');
  return { commonResources: { ...commonResources, xx: pseudoCommon } };
});

vi.setConfig({ testTimeout: 30_000 });
beforeEach(resetDatabase);

describe('a language added to the registry', () => {
  it('is offered in the language menu, and the interface speaks it', async () => {
    renderApp('/');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'xx');
    expect(await screen.findByRole('link', { name: '⟦Settings⟧' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '⟦Language⟧' })).toHaveValue('xx');
    expect(document.documentElement.lang).toBe('xx');
  });

  it('shows untranslated scenario texts in English', async () => {
    usePreferences.setState({ language: pseudoLocale });
    renderApp('/rehearse');
    const list = await screen.findByRole('heading', { level: 3, name: 'Configuration hardening' }, { timeout: 10_000 });
    expect(within(list.closest('ul')!).getAllByRole('heading', { level: 3 })).toHaveLength(8);
    expect(screen.getByRole('link', { name: '⟦Rehearse⟧' })).toBeInTheDocument();
  });

  it('is accepted in scenario files, where a missing text falls back to English', () => {
    const text = readFileSync(path.resolve(import.meta.dirname, '../domain/scenario/fixtures/minimal.yaml'), 'utf8');
    const withPseudo = text.replace('  de: Grundlagen der Datensicherung\n', '$&  xx: Backupum basika\n');
    const loaded = loadScenario(withPseudo, 'minimal.yaml');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(pickText(loaded.scenario.title, pseudoLocale)).toBe('Backupum basika');
    expect(pickText(loaded.scenario.summary, pseudoLocale)).toBe(loaded.scenario.summary.en);
    expect(loaded.warnings.map((w) => w.message)).toContain('summary: no Pseudo (xx) translation');
  });

  it('scores answers with its own stemmer, not German', () => {
    const stem = vi.spyOn(pseudoPack, 'stem');
    const input = (locale: ScoringInput['locale']): ScoringInput => ({
      evidence: [
        {
          id: 'backups',
          label: { en: 'Backups' },
          weight: 1,
          essential: false,
          phrases: { en: ['backup copies'], de: ['backupum'], [pseudoLocale]: ['backupum'] },
        },
      ],
      redFlags: [],
      grading: defaultGrading,
      locale,
    });
    const status = (locale: ScoringInput['locale']) =>
      scoreAnswer('Wi makum backupa.', input(locale)).evidence[0]?.status;
    expect(status(pseudoLocale)).toBe('covered');
    expect(stem).toHaveBeenCalledWith('backupa');
    expect(status('de')).toBe('missing');
  });
});
