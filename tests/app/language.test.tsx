import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { detectLanguage } from '@/i18n/language';
import { renderApp } from '../support/render-app';

describe('interface language', () => {
  it.each([
    [['de-DE', 'en-US'], 'de'],
    [['de'], 'de'],
    [['fr-FR', 'de-AT'], 'de'],
    [['en-GB'], 'en'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ])('detects %j as %s', (preferred, expected) => {
    expect(detectLanguage(preferred)).toBe(expected);
  });

  it('follows the browser language when nothing was chosen', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE']);
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: /ISO-27001-Auditgespräch/ })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
  });

  it('switches to German and back from the header, and remembers the choice', async () => {
    renderApp('/');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    expect(await screen.findByRole('link', { name: 'Einstellungen' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('mat.preferences') ?? '{}')).toMatchObject({ state: { language: 'de' } });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'en');
    expect(await screen.findByRole('link', { name: 'Settings' })).toBeInTheDocument();
  });

  it('offers the language choice on the settings page too', async () => {
    renderApp('/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    const selects = screen.getAllByRole('combobox', { name: 'Language' });
    expect(selects).toHaveLength(2);
    await userEvent.selectOptions(selects[1]!, 'de');
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' })).toBeInTheDocument();
  });
});
