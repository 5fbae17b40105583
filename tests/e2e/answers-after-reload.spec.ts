import { expect, test, type Page } from '@playwright/test';
import { answer, createProfile, expectSaved, labels } from './support/rehearsal';
import { seedHardeningAnswers } from './support/scenario-samples';
import { storedInterviews } from './support/stored-interview';

const l = labels.en;
const [first, second] = seedHardeningAnswers as [string, string];

async function startHardening(page: Page, name: string) {
  await createProfile(page, l, name);
  await page.getByRole('link', { name: l.scenario, exact: true }).click();
  await page.getByRole('button', { name: l.start }).click();
  await page.getByRole('button', { name: l.begin }).click();
}

test('the first answer after a reload is stored: the answers table holds the whole transcript', async ({ page }) => {
  await startHardening(page, 'Riley Reload');
  await answer(page, l, first);
  await expectSaved(page, l);
  expect((await storedInterviews(page))[0]?.stored).toEqual([first]);

  await page.reload();
  await answer(page, l, second);
  await expectSaved(page, l);
  const [interview] = await storedInterviews(page);
  expect(interview?.transcript).toHaveLength(2);
  expect(interview?.stored).toEqual(interview?.transcript);
});

test('an interview link opened in a new tab stores its first answer too', async ({ context, page }) => {
  await startHardening(page, 'Tess Tab');
  await answer(page, l, first);
  await expectSaved(page, l);
  const link = page.url();
  await page.close();

  const tab = await context.newPage();
  await tab.goto(link);
  await answer(tab, l, second);
  await expectSaved(tab, l);
  const [interview] = await storedInterviews(tab);
  expect(interview?.transcript).toHaveLength(2);
  expect(interview?.stored).toEqual(interview?.transcript);
});
