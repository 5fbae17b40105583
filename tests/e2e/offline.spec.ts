import { expect, test } from '@playwright/test';
import { builtRelease } from './support/next-release';
import { waitForOfflineWorker } from './support/offline-worker';
import { serveRelease } from './support/release-server';

test('after a first visit the app starts offline, and an interview can be completed and saved', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForOfflineWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Mock Audit Trainer' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rehearse' }).click();
  await page.getByLabel('Your name').fill('Off Line');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await page.getByRole('link', { name: 'Change management', exact: true }).click();
  await page.getByRole('button', { name: 'Start interview' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await page
    .getByRole('textbox', { name: 'Your answer' })
    .fill(
      'Change requests are documented and approved in our ticketing system. Changes made are logged and compared to tickets for audit purposes.',
    );
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await page.getByRole('button', { name: 'End interview' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'End now' }).click();
  await expect(page.getByRole('article', { name: /Audit report/ })).toBeVisible();
  await expect(page.getByText('Saved on this device', { exact: true })).toBeVisible();

  // Still offline: a reload shows the saved report, not a network error.
  await page.reload();
  await expect(page.getByRole('article', { name: /Audit report/ })).toBeVisible();
  await expect(page.getByRole('article', { name: /Audit report/ })).toContainText('A.8.32');
});

test('with the server stopped, the app starts, reloads and opens in a new tab', async ({ context }) => {
  const server = await serveRelease(builtRelease);
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await waitForOfflineWorker(page);
  await server.stop();

  await page.reload();
  await expect(page.getByRole('link', { name: 'Mock Audit Trainer' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rehearse' }).click();
  await page.getByLabel('Your name').fill('No Server');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('combobox', { name: 'Practising as' })).toHaveValue(/.+/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Practising as' })).toContainText('No Server');

  const second = await context.newPage();
  await second.goto(`${server.url}/progress`);
  await expect(second.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
});
