import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

describe('app shell', () => {
  it('shows the product name, the navigation and the start page', async () => {
    renderApp('/');
    expect(screen.getByRole('link', { name: 'Mock Audit Trainer' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const names = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names).toEqual(['Rehearse', 'Progress', 'Scenarios', 'Readiness', 'Settings']);
    expect(
      await screen.findByRole('heading', { level: 1, name: /rehearse your iso 27001 audit/i }),
    ).toBeInTheDocument();
  });

  it.each([
    ['/rehearse', 'Rehearse'],
    ['/progress', 'Progress'],
    ['/scenarios', 'Scenarios'],
    ['/readiness', 'Readiness'],
    ['/settings', 'Settings'],
  ])('routes %s to its area and marks it current in the navigation', async (path, name) => {
    renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
    expect(screen.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
  });

  it('navigates between areas by link', async () => {
    const { location } = renderApp('/');
    await userEvent.click(screen.getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(location.history).toContain('/settings');
  });

  it('shows the 404 page for an unknown address, with a way back', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Go to the start page' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /rehearse your iso 27001 audit/i }),
    ).toBeInTheDocument();
  });

  it('sets the document title to the page', async () => {
    renderApp('/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(document.title).toBe('Settings · Mock Audit Trainer');
  });
});
