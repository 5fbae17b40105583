import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { appRoutes } from './support/routes';

const languages = [
  { locale: 'en-US', lang: 'en' },
  { locale: 'de-DE', lang: 'de' },
] as const;

for (const { locale, lang } of languages) {
  test.describe(`axe scan (${lang})`, () => {
    test.use({ locale });
    for (const route of appRoutes) {
      test(`${route.path} has no accessibility violations`, async ({ page }) => {
        await page.goto(route.path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
      });
    }
  });
}
