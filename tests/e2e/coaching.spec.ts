import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/keyboard';
import { learnerLabels, languages, screens } from './support/learner-labels';
import { createProfile, labels } from './support/rehearsal';

const partial = {
  en: 'We follow the CIS benchmark for our servers.',
  de: 'Wir folgen dem CIS-Benchmark für unsere Server.',
};

for (const { lang, locale } of languages)
  for (const screen of screens)
    test.describe(`coaching (${lang}, ${screen.name})`, () => {
      test.use({ locale, viewport: screen.viewport });
      const l = labels[lang];
      const r = learnerLabels[lang];

      test('the coach reveals hints one at a time, and a skipped follow-up still shows feedback', async ({ page }) => {
        await createProfile(page, l, 'Cody Coach');
        await page.getByRole('link', { name: l.scenario, exact: true }).click();
        await page.getByRole('button', { name: l.start }).click();
        await page.getByRole('button', { name: l.begin }).click();
        await page.getByRole('textbox', { name: l.answer }).fill(partial[lang]);

        const coach = page.getByRole('complementary', { name: l.coach });
        await expect(coach.getByText(r.remaining)).toBeVisible();
        await expect(coach.getByRole('list', { name: r.hints })).toHaveCount(0);
        await coach.getByRole('button', { name: r.hint }).click();
        await expect(coach.getByRole('list', { name: r.hints }).getByRole('listitem')).toHaveCount(1);
        await coach.getByRole('button', { name: r.nextHint }).click();
        await expect(coach.getByRole('list', { name: r.hints }).getByRole('listitem')).toHaveCount(2);
        await expectNoAxeViolations(page);
        await coach.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `test-results/screenshots/coach-${lang}-${screen.name}.png` });

        await page.getByRole('button', { name: l.submit }).click();
        await expect(page.getByText(r.followUp).first()).toBeVisible();
        await page.getByRole('button', { name: r.skip }).click();
        const feedback = page.getByRole('region', { name: l.feedback });
        await expect(feedback).toBeVisible();
        await expectNoAxeViolations(page);
      });
    });
