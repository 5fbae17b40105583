import { expect, test } from '@playwright/test';
import { activate, expectNoAxeViolations } from './support/keyboard';
import { createProfile, labels } from './support/rehearsal';

const l = labels.en;

test('skipping with text in the box asks first, with the keyboard alone, and the dialog passes axe', async ({
  page,
}) => {
  await createProfile(page, l, 'Kay Skip');
  await page.getByRole('link', { name: l.scenario, exact: true }).click();
  await page.getByRole('button', { name: l.start }).click();
  await page.getByRole('button', { name: l.begin }).click();
  const field = page.getByRole('textbox', { name: l.answer });
  await expect(field).toBeFocused();
  await page.keyboard.type('We follow the CIS benchmark');

  await activate(page, 'button', 'Skip question');
  const dialog = page.getByRole('alertdialog', { name: 'Skip this question?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('will be discarded');
  await expect(dialog.getByRole('button', { name: 'Keep my text' })).toBeFocused();
  await expectNoAxeViolations(page);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skip question' })).toBeFocused();
  await expect(field).toHaveValue('We follow the CIS benchmark');
  await expect(page.getByText('Question 1 of 5')).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  // The dialog is modal: Tab stays inside it.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Skip and discard my text' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Question 2 of 5')).toBeVisible();
  await expect(field).toHaveValue('');
  await expect(field).toBeFocused();
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });
  test('"Weiß ich nicht" with text in the box asks first, in German', async ({ page }) => {
    const de = labels.de;
    await createProfile(page, de, 'Kim Frage');
    await page.getByRole('link', { name: de.scenario, exact: true }).click();
    await page.getByRole('button', { name: de.start }).click();
    await page.getByRole('button', { name: de.begin }).click();
    await page.getByRole('textbox', { name: de.answer }).fill('Wir härten nach CIS');
    await page.getByRole('button', { name: de.dontKnow }).click();
    const dialog = page.getByRole('alertdialog', { name: '„Weiß ich nicht“ antworten?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Text behalten' }).click();
    await expect(page.getByRole('textbox', { name: de.answer })).toHaveValue('Wir härten nach CIS');
  });
});
