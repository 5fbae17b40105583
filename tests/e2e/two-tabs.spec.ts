import { expect, test } from '@playwright/test';

test('two tabs stay consistent: a profile created in one appears in the other without a reload', async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/rehearse');
  await second.goto('/rehearse');
  await expect(second.getByLabel('Your name')).toBeVisible();

  await first.getByLabel('Your name').fill('Ada');
  await first.getByRole('button', { name: 'Create profile' }).click();
  await expect(second.getByRole('combobox', { name: 'Practising as' })).toContainText('Ada');

  await second.getByRole('button', { name: 'New profile' }).click();
  await second.getByLabel('Your name').fill('Grace');
  await second.getByRole('button', { name: 'Create profile' }).click();
  await expect(first.getByRole('combobox', { name: 'Practising as' }).locator('option')).toHaveText(['Ada', 'Grace']);
});
