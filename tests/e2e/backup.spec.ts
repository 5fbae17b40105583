import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { expectNoAxeViolations } from './support/keyboard';
import { labels, shortInterview } from './support/rehearsal';
import { seedHardeningAnswers } from './support/scenario-samples';

const l = labels.en;

const shortBackupInterview = (page: Page) => shortInterview(page, l, 'Bea Backup', seedHardeningAnswers[0]!);

/** The Progress page's topic table, row by row, cell by cell. */
async function progressRows(page: Page): Promise<string[][]> {
  await page.goto('/progress');
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Your topics' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Topic', 'Latest', 'Best', 'Attempts', 'Readiness']);
  const rows = table.locator('tbody').getByRole('row');
  await expect(rows.first()).toBeVisible();
  const cells: string[][] = [];
  for (const row of await rows.all())
    cells.push((await row.getByRole('cell').allInnerTexts()).map((text) => text.trim()));
  return cells;
}

async function restore(page: Page, file: string) {
  await page.getByLabel('Backup file').setInputFiles(file);
  return page.getByRole('region', { name: 'Restore from a backup' }).getByRole('status');
}

test('export, clear the browser storage, import: the same history; importing again adds nothing', async ({
  page,
  browser,
}, testInfo) => {
  await shortBackupInterview(page);
  const before = await progressRows(page);
  expect(before).toEqual([
    [
      'Configuration hardening',
      expect.stringMatching(/^\d+ · .+$/),
      expect.stringMatching(/^\d+ · .+$/),
      '1',
      expect.any(String),
    ],
  ]);

  await page.goto('/settings');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup of everything' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^mock-audit-trainer-backup-all-\d{4}-\d{2}-\d{2}\.json$/);
  const file = path.join(testInfo.outputDir, download.suggestedFilename());
  await download.saveAs(file);

  // A new browser context has empty storage: the same as a browser whose site data was cleared.
  const { baseURL, locale } = testInfo.project.use;
  const cleared = await browser.newContext({ baseURL, locale });
  try {
    const fresh = await cleared.newPage();
    await fresh.goto('/progress');
    await expect(fresh.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
    await expect(fresh.getByRole('table', { name: 'Your topics' })).toHaveCount(0);

    await fresh.goto('/settings');
    const status = await restore(fresh, file);
    await expect(status).toHaveText(/^Added 1 profile, 1 attempt, \d+ answers?(, \d+ settings?)?; nothing skipped\.$/);
    await expectNoAxeViolations(fresh);
    expect(await progressRows(fresh)).toEqual(before);

    await fresh.goto('/settings');
    const again = await restore(fresh, file);
    await expect(again).toHaveText(
      /^Nothing new was added; skipped 1 profile, 1 attempt, \d+ answers?.* already on this device\.$/,
    );
    expect(await progressRows(fresh)).toEqual(before);
  } finally {
    await cleared.close();
  }
});
