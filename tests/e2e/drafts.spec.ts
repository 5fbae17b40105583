import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './support/chromium';
import { storedDraftTexts } from './support/drafts';
import { createProfile, labels } from './support/rehearsal';

const l = labels.en;
const draft = 'We harden every server from the CIS benchmark, and the baseline is kept in Git';

async function startInterview(page: Page, name: string) {
  await createProfile(page, l, name);
  await page.getByRole('link', { name: l.scenario, exact: true }).click();
  await page.getByRole('button', { name: l.start }).click();
  await page.getByRole('button', { name: l.begin }).click();
  await expect(page.getByRole('textbox', { name: l.answer })).toBeVisible();
}

/** Types as a learner does, then waits the second a draft may be at risk until it is on the device. */
async function typeDraft(page: Page, text: string) {
  await page.getByRole('textbox', { name: l.answer }).pressSequentially(text, { delay: 5 });
  await expect.poll(() => storedDraftTexts(page), { timeout: 2_000 }).toEqual([text]);
}

test('a draft comes back after a reload', async ({ page }) => {
  await startInterview(page, 'Rey Load');
  await typeDraft(page, draft);
  await page.reload();
  await expect(page.getByRole('textbox', { name: l.answer })).toHaveValue(draft);
});

test('a draft typed just before a reload is flushed when the page hides', async ({ page }) => {
  await startInterview(page, 'Quick Reload');
  await page.getByRole('textbox', { name: l.answer }).fill(draft);
  await page.reload();
  await expect(page.getByRole('textbox', { name: l.answer })).toHaveValue(draft);
});

test('a draft comes back after in-app navigation, after Back, and after "Continue interview"', async ({ page }) => {
  await startInterview(page, 'Nav Igate');
  const field = page.getByRole('textbox', { name: l.answer });
  await field.fill(draft);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  await page.goBack();
  await expect(field).toHaveValue(draft);

  await field.fill(`${draft}, reviewed every quarter`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: l.rehearse }).click();
  await page.getByRole('link', { name: 'Continue interview' }).click();
  await expect(field).toHaveValue(`${draft}, reviewed every quarter`);
});

test('a draft survives a browser restart with the same profile', async ({ baseURL }) => {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'mat-drafts-'));
  const launch = async () =>
    chromium.launchPersistentContext(userDataDir, {
      executablePath: await chromiumExecutable(),
      args: chromiumArgs,
      headless: true,
      baseURL,
      locale: 'en-US',
    });
  try {
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    await startInterview(page, 'Re Start');
    const url = page.url();
    await typeDraft(page, draft);
    await first.close();

    const second = await launch();
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto(url);
    await expect(again.getByRole('textbox', { name: l.answer })).toHaveValue(draft);
    await second.close();
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
});

test('a submitted answer leaves no draft behind, and the next question starts empty', async ({ page }) => {
  await startInterview(page, 'Sub Mit');
  await typeDraft(page, draft);
  await page.getByRole('button', { name: l.submit }).click();
  await expect(page.getByText(l.saved, { exact: true })).toBeVisible();
  await expect.poll(() => storedDraftTexts(page)).toEqual([]);
  await page.reload();
  await expect(page.getByRole('textbox', { name: l.answer })).toHaveValue('');
});
