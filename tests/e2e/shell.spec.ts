import { expect, test } from '@playwright/test';

test('shows the shell in English for an English browser', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Mock Audit Trainer' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText([
    'Rehearse',
    'Progress',
    'Scenarios',
    'Readiness',
    'Settings',
  ]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('German browser', () => {
  test.use({ locale: 'de-DE' });
  test('shows the shell in German', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Üben Sie Ihr ISO-27001-Auditgespräch');
    await expect(page.getByRole('link', { name: 'Einstellungen' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });
});

test('switches to German and back; the choice survives a reload', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('combobox', { name: 'Language' }).first().selectOption('de');
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByRole('combobox', { name: 'Sprache' }).first().selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  await page.goto('/this/does/not/exist');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the start page' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('navigates between areas without reloading the page', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
});

test('the built app ships a Content-Security-Policy without inline or remote scripts', async ({ page }) => {
  const response = await page.goto('/');
  const header = response?.headers()['content-security-policy'] ?? '';
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const policy of [header, meta ?? '']) {
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  }
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test.describe('without the offline worker', () => {
  // The tab reloads once for a missing file; the worker's cache would then serve it, and page.route sees
  // only requests that reach the network. Without the worker the file fails every time.
  test.use({ serviceWorkers: 'block' });

  test('an area that fails to load shows the error page, not a blank screen', async ({ page }) => {
    await page.goto('/');
    await page.route(/settings-page-.*\.js$/, (route) => route.abort());
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('alert')).toContainText('Something went wrong');
    await expect(page.getByRole('link', { name: 'Mock Audit Trainer' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the start page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /rehearse your iso 27001/i })).toBeVisible();
  });
});
