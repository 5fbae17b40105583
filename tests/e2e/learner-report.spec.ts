import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/keyboard';
import { learnerLabels, languages, screens } from './support/learner-labels';
import {
  answerFirstHardeningQuestion,
  createProfile,
  endInterviewEarly,
  expectSaved,
  labels,
} from './support/rehearsal';
import { waitForOfflineWorker } from './support/offline-worker';
import { seedHardeningAnswers } from './support/scenario-samples';

const day = 24 * 60 * 60 * 1000;

for (const { lang, locale } of languages)
  for (const screen of screens)
    test.describe(`the report (${lang}, ${screen.name})`, () => {
      test.use({ locale, viewport: screen.viewport });
      const l = labels[lang];
      const r = learnerLabels[lang];

      test('opens at its summary with three fixes, and reopens from Progress a day later', async ({
        page,
        context,
      }) => {
        await page.clock.install();
        await createProfile(page, l, 'Rea Report');
        await answerFirstHardeningQuestion(page, l, seedHardeningAnswers[0]!);
        await endInterviewEarly(page, l);

        const report = page.getByRole('article', { name: l.report });
        await expect(report.getByRole('heading', { level: 2, name: l.report })).toBeFocused();
        await expect(report.getByRole('heading', { level: 2 })).toBeInViewport();
        const summary = report.getByRole('region', { name: r.summary });
        await expect(summary.getByRole('list', { name: r.fixes }).getByRole('listitem')).toHaveCount(3);
        await expect(report.getByText('Rea Report')).toBeVisible();
        // The transcript is folded below the findings.
        await expect(report.getByText(r.transcript)).toBeVisible();
        await expect(report.locator('details.report-transcript')).not.toHaveAttribute('open');
        await expectSaved(page, l);
        await expectNoAxeViolations(page);
        await page.screenshot({ path: `test-results/screenshots/report-${lang}-${screen.name}.png`, fullPage: false });

        // The Markdown file has the report's parts under their headings.
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          report.getByRole('button', { name: r.download }).click(),
        ]);
        const markdown = await (await download.createReadStream()).toArray();
        const text = Buffer.concat(markdown).toString('utf8');
        for (const heading of [r.summary, r.fixes, l.findings]) expect(text).toContain(`## ${heading}`);
        expect(text).toContain('Rea Report');

        // A day later and offline, the same report from Progress.
        await waitForOfflineWorker(page);
        await page.clock.setSystemTime(new Date(Date.now() + day));
        await context.setOffline(true);
        await page.goto('/progress');
        await page.getByRole('link', { name: r.openReport }).first().click();
        await expect(page).toHaveURL(/\/rehearse\/report\/[^/]+$/);
        const reopened = page.getByRole('article', { name: l.report });
        await expect(
          reopened.getByRole('region', { name: r.summary }).getByRole('list', { name: r.fixes }).getByRole('listitem'),
        ).toHaveCount(3);
        await expect(reopened.getByText('Rea Report')).toBeVisible();
        await expectNoAxeViolations(page);
        await context.setOffline(false);
        await page.screenshot({ path: `test-results/screenshots/report-reopened-${lang}-${screen.name}.png` });
      });
    });
