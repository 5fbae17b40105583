import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/keyboard';
import {
  answer,
  answerFirstHardeningQuestion,
  createProfile,
  declineFollowUps,
  expectSaved,
  labels,
} from './support/rehearsal';
import { seedHardeningAnswers } from './support/scenario-samples';
import { storedInterviews } from './support/stored-interview';

const l = labels.en;
type Flags = { __failWrites?: boolean };

/** Every IndexedDB write fails as on a full disk while window.__failWrites is set. */
async function failWritesOnDemand(page: Page) {
  await page.addInitScript(() => {
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as Flags).__failWrites)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
}

test('a full device during an interview: a plain message, a backup, the interview goes on, nothing saved is lost', async ({
  page,
}) => {
  await failWritesOnDemand(page);
  await createProfile(page, l, 'Quinn Quota');
  await answerFirstHardeningQuestion(page, l, seedHardeningAnswers[0]!);
  await expect(page.getByText('Question 2 of 5')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectSaved(page, l);

  await page.evaluate(() => void ((window as Flags).__failWrites = true));
  await answer(page, l, seedHardeningAnswers[1]!);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'Your last answer is not saved on this device yet. This device has run out of space for the app. The app keeps trying',
  );
  await expect(page.getByText('1 answer not saved yet', { exact: true })).toBeVisible();

  // The backup still holds everything saved before the device filled up.
  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download a backup' }).click();
  const backup = JSON.parse(readFileSync(await (await downloading).path(), 'utf8')) as {
    data: { answers: { text: string }[] };
  };
  expect(backup.data.answers.map((a) => a.text)).toContain(seedHardeningAnswers[0]);
  await expect(alert).toContainText('The backup file is in your downloads.');
  await expectNoAxeViolations(page);

  // The interview keeps going for this session.
  await declineFollowUps(page, l);
  await page.getByRole('region', { name: l.feedback }).getByRole('button', { name: l.continue }).click();
  await expect(page.getByText('Question 3 of 5')).toBeVisible();

  // Reloaded while the disk is still full: what was never stored goes with the page (the new page's writes work).
  await page.reload();
  const transcript = page.getByRole('list', { name: 'Interview transcript' });
  await expect(transcript).toContainText(seedHardeningAnswers[0]!.slice(0, 40));
  await expect(transcript).not.toContainText(seedHardeningAnswers[1]!.slice(0, 40));
  await expect(page.getByText('Question 2 of 5')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('four answers fail on a full device, space is freed, one more answer: all five are stored, then "Saved"', async ({
  page,
}) => {
  await failWritesOnDemand(page);
  await createProfile(page, l, 'Fiona Full');
  await page.getByRole('link', { name: l.scenario, exact: true }).click();
  await page.getByRole('button', { name: l.start }).click();
  await page.getByRole('button', { name: l.begin }).click();
  await expectSaved(page, l);

  await page.evaluate(() => void ((window as Flags).__failWrites = true));
  for (let given = 1; given <= 4; given += 1) {
    const feedback = page.getByRole('region', { name: l.feedback });
    if (await feedback.isVisible()) await feedback.getByRole('button', { name: l.continue }).click();
    await answer(page, l, seedHardeningAnswers[given % 2]!);
    await expect(page.getByText(`${given} answer${given > 1 ? 's' : ''} not saved yet`, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('alert')).toContainText('4 answers are not saved on this device yet.');
  expect((await storedInterviews(page))[0]?.stored).toEqual([]);

  await page.evaluate(() => void ((window as Flags).__failWrites = false));
  const feedback = page.getByRole('region', { name: l.feedback });
  if (await feedback.isVisible()) await feedback.getByRole('button', { name: l.continue }).click();
  await answer(page, l, seedHardeningAnswers[1]!);
  await expectSaved(page, l);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const [interview] = await storedInterviews(page);
  expect(interview?.transcript).toHaveLength(5);
  expect(interview?.stored).toEqual(interview?.transcript);
});

test('a failed save is retried on its own: "Saved" comes back without another answer', async ({ page }) => {
  await failWritesOnDemand(page);
  await createProfile(page, l, 'Rory Retry');
  await page.getByRole('link', { name: l.scenario, exact: true }).click();
  await page.getByRole('button', { name: l.start }).click();
  await page.getByRole('button', { name: l.begin }).click();
  await expectSaved(page, l);
  await page.evaluate(() => void ((window as Flags).__failWrites = true));
  await answer(page, l, seedHardeningAnswers[0]!);
  await expect(page.getByText('1 answer not saved yet', { exact: true })).toBeVisible();
  await page.evaluate(() => void ((window as Flags).__failWrites = false));
  await expectSaved(page, l);
  const [interview] = await storedInterviews(page);
  expect(interview?.stored).toEqual([seedHardeningAnswers[0]]);
  expect(interview?.stored).toEqual(interview?.transcript);
});

test('no IndexedDB at all: the app says so plainly, still renders, and offers a backup', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('IndexedDB is not available in this window.', 'InvalidStateError');
    };
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: /rehearse your iso 27001 audit interview/i })).toBeVisible();

  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const banner = page.getByRole('alert').filter({ hasText: 'The app cannot save on this device right now.' });
  await expect(banner).toContainText(
    'This browser does not let the app store data here, for example in a private window.',
  );
  await expect(page.getByRole('button', { name: 'Download backup of everything' })).toBeVisible();
  await banner.getByRole('button', { name: 'Download a backup' }).click();
  await expect(banner).toContainText("Nothing could be read from this browser's storage, so no backup file was made.");
  await expectNoAxeViolations(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rehearse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rehearse' })).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The app cannot save on this device right now.' }),
  ).toBeVisible();
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });
  test('no IndexedDB: the message and the backup offer in German', async ({ page }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('IndexedDB is not available in this window.', 'InvalidStateError');
      };
    });
    await page.goto('/settings');
    const banner = page.getByRole('alert').filter({ hasText: 'Die App kann auf diesem Gerät gerade nicht speichern.' });
    await expect(banner).toContainText('Dieser Browser erlaubt der App hier keine Speicherung');
    await expect(banner.getByRole('button', { name: 'Sicherung herunterladen' })).toBeVisible();
  });
});
