import { expect, test } from '@playwright/test';

test('after a first visit the app starts offline, and an interview can be completed and saved', async ({
  page,
  context,
}) => {
  await page.goto('/');
  // Wait until the offline worker has installed every file and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });

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
  await expect(page.getByRole('article', { name: /Audit report/ })).toBeVisible();
  await expect(page.getByText('Saved on this device', { exact: true })).toBeVisible();

  // Still offline: a reload shows the saved report, not a network error.
  await page.reload();
  await expect(page.getByRole('article', { name: /Audit report/ })).toBeVisible();
  await expect(page.getByRole('article', { name: /Audit report/ })).toContainText('A.8.32');
});
