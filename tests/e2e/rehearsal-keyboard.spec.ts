import { expect, test } from '@playwright/test';
import { activate, expectNoAxeViolations, tabTo } from './support/keyboard';
import { seedHardeningAnswers } from './support/scenario-samples';

test('a whole interview can be done with the keyboard alone, and every screen passes axe', async ({ page }) => {
  // Many Tab presses and five axe scans: on a busy 2-core machine this runs past the default 30 s.
  test.slow();
  await page.goto('/rehearse');
  await expect(page.getByRole('heading', { level: 3, name: 'Configuration hardening' })).toBeVisible();
  await expectNoAxeViolations(page);

  await tabTo(page, 'textbox', 'Your name');
  await page.keyboard.type('Kay Board');
  await activate(page, 'button', 'Create profile');
  await expect(page.getByRole('combobox', { name: 'Practising as' })).toBeVisible();
  await expectNoAxeViolations(page);

  await activate(page, 'link', 'Configuration hardening');
  await expect(page.getByRole('button', { name: 'Start interview' })).toBeVisible();
  await expectNoAxeViolations(page);
  await activate(page, 'button', 'Start interview');

  await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
  await expectNoAxeViolations(page);
  await activate(page, 'button', 'Begin');

  // Focus lands in the answer field; Ctrl+Enter sends.
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeFocused();
  await page.keyboard.type(seedHardeningAnswers[0]!);
  await expect(
    page.getByRole('complementary', { name: 'Coach' }).locator('[data-status="covered"]').first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Control+Enter');

  for (let i = 0; i < 5 && !(await page.getByRole('region', { name: 'Feedback on your answer' }).isVisible()); i++) {
    await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeFocused();
    await activate(page, 'button', "I don't know");
  }
  await expect(page.getByRole('region', { name: 'Feedback on your answer' })).toBeVisible();
  await expectNoAxeViolations(page);
  await activate(page, 'button', 'Continue');

  await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeFocused();
  await activate(page, 'button', 'End interview');
  // The dialog focuses "Keep going", the safe choice; ending takes one more Tab.
  await expect(page.getByRole('button', { name: 'Keep going' })).toBeFocused();
  await activate(page, 'button', 'End now');
  const report = page.getByRole('article', { name: /Audit report/ });
  await expect(report).toBeVisible();
  await expect(report.getByRole('heading', { name: 'Findings' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the mock-audit screens pass axe too', async ({ page }) => {
  await page.goto('/rehearse');
  await page.getByLabel('Your name').fill('Axe Mock');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await page.getByRole('link', { name: 'Patch management', exact: true }).click();
  await page.getByRole('radio', { name: 'Mock audit' }).check();
  await page.getByRole('combobox', { name: 'Time per question' }).selectOption('2');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start interview' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await expectNoAxeViolations(page);
});
