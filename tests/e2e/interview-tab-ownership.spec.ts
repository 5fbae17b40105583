import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/keyboard';
import { answer, createProfile, declineFollowUps, expectSaved, labels, type Labels } from './support/rehearsal';
import { seedHardeningAnswers } from './support/scenario-samples';
import { storedInterviews } from './support/stored-interview';

const [first, second] = seedHardeningAnswers as [string, string];
const texts = {
  en: {
    elsewhere: 'This interview is open in another tab',
    moved: 'This interview continues in another tab',
    continueHere: 'Continue here',
    transcript: 'Interview transcript',
  },
  de: {
    elsewhere: 'Dieses Interview ist in einem anderen Tab geöffnet',
    moved: 'Dieses Interview wird in einem anderen Tab fortgesetzt',
    continueHere: 'Hier fortsetzen',
    transcript: 'Gesprächsverlauf',
  },
} as const;

type Watch = { writes: number; steals: number };

// Counts the page's IndexedDB writes and its lock steals, outside the app's code, so a test can show that a
// tab wrote nothing after it handed its interview over, and that no lock was taken by force.
function watchWritesAndSteals() {
  const watch = { writes: 0, steals: 0 };
  (window as unknown as { watch: Watch }).watch = watch;
  for (const method of ['put', 'add', 'delete', 'clear'] as const) {
    const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
    (IDBObjectStore.prototype as unknown as Record<string, unknown>)[method] = function (
      this: IDBObjectStore,
      ...args: unknown[]
    ) {
      watch.writes += 1;
      return original.apply(this, args);
    };
  }
  const locks = navigator.locks as LockManager | undefined;
  if (!locks) return;
  const request = locks.request.bind(locks) as (...args: unknown[]) => Promise<unknown>;
  locks.request = ((...args: unknown[]) => {
    if ((args[1] as LockOptions | undefined)?.steal) watch.steals += 1;
    return request(...args);
  }) as LockManager['request'];
}

const watched = (page: Page) => page.evaluate(() => ({ ...(window as unknown as { watch: Watch }).watch }));
const transcriptOf = (page: Page, lang: 'en' | 'de' = 'en') => page.getByRole('list', { name: texts[lang].transcript });

async function startHardening(page: Page, l: Labels, name: string) {
  await createProfile(page, l, name);
  await page.getByRole('link', { name: l.scenario, exact: true }).click();
  await page.getByRole('button', { name: l.start }).click();
  await page.getByRole('button', { name: l.begin }).click();
}

async function openSecondTab(page: Page, lang: 'en' | 'de' = 'en') {
  const tab = await page.context().newPage();
  await tab.goto(page.url());
  await expect(tab.getByRole('heading', { name: texts[lang].elsewhere })).toBeVisible();
  return tab;
}

test.beforeEach(({ context }) => context.addInitScript(watchWritesAndSteals));

test('a second tab says the interview is open elsewhere; "Continue here" hands it over with every answer', async ({
  page: tabA,
}) => {
  const l = labels.en;
  const t = texts.en;
  await startHardening(tabA, l, 'Olive Owner');
  await answer(tabA, l, first);

  const tabB = await openSecondTab(tabA);
  await expect(tabB.getByRole('textbox', { name: l.answer })).toHaveCount(0);
  await expect(tabB.getByRole('button', { name: l.submit })).toHaveCount(0);

  // Tab A still runs the interview; its last answers are handed over without waiting for "Saved".
  await declineFollowUps(tabA, l);
  await expect(tabA.getByRole('region', { name: l.feedback })).toBeVisible();
  const transcriptInA = await transcriptOf(tabA).innerText();
  await tabB.getByRole('button', { name: t.continueHere }).click();

  await expect(tabA.getByRole('heading', { name: t.moved })).toBeVisible();
  const atHandOver = await watched(tabA);
  await expect(tabA.getByRole('region', { name: l.feedback })).toHaveCount(0);
  await expect(tabB.getByRole('region', { name: l.feedback })).toBeVisible();
  const [handedOver] = await storedInterviews(tabB);
  expect(handedOver?.transcript).toContain(first);
  expect(handedOver?.stored).toEqual(handedOver?.transcript);
  expect(await transcriptOf(tabB).innerText()).toBe(transcriptInA);

  await tabB.getByRole('region', { name: l.feedback }).getByRole('button', { name: l.continue }).click();
  await expect(tabB.getByText('Question 2 of 5')).toBeVisible();
  await answer(tabB, l, second);
  await expectSaved(tabB, l);
  const [interview] = await storedInterviews(tabB);
  expect(interview?.transcript).toContain(second);
  expect(interview?.transcript).toHaveLength((handedOver?.transcript.length ?? 0) + 1);
  expect(interview?.stored).toEqual(interview?.transcript);
  expect(await watched(tabA)).toEqual(atHandOver);
  expect(atHandOver.steals).toBe(0);
  expect((await watched(tabB)).steals).toBe(0);

  // And back: tab A takes the interview again, at tab B's position.
  await tabA.getByRole('button', { name: t.continueHere }).click();
  await expect(tabB.getByRole('heading', { name: t.moved })).toBeVisible();
  await expect(transcriptOf(tabA)).toContainText(second);
  await expect(tabA.getByText('Question 2 of 5')).toBeVisible();
  expect((await watched(tabA)).steals).toBe(0);
});

test('closing the tab that has the interview frees it: the other tab continues without taking it by force', async ({
  page: tabA,
}) => {
  const l = labels.en;
  await startHardening(tabA, l, 'Cleo Close');
  await answer(tabA, l, first);
  await expectSaved(tabA, l);
  const tabB = await openSecondTab(tabA);

  await tabA.close();
  await tabB.getByRole('button', { name: texts.en.continueHere }).click();
  await expect(tabB.getByRole('textbox', { name: l.answer })).toBeVisible();
  await expect(transcriptOf(tabB)).toContainText(first);
  expect((await watched(tabB)).steals).toBe(0);
});

test('a tab that does not answer is overruled after a few seconds and then writes nothing', async ({ page: tabA }) => {
  const l = labels.en;
  const t = texts.en;
  // Tab A hears no request to hand over, as a hung tab would not.
  await tabA.addInitScript(() => {
    const Channel = BroadcastChannel;
    window.BroadcastChannel = class extends Channel {
      constructor(name: string) {
        super(name);
        if (!name.startsWith('mat-interview-')) return;
        this.addEventListener = () => undefined;
        Object.defineProperty(this, 'onmessage', { set: () => undefined, get: () => null });
      }
    };
  });
  await startHardening(tabA, l, 'Hugo Hung');
  await answer(tabA, l, first);
  await expectSaved(tabA, l);
  const tabB = await openSecondTab(tabA);

  await tabB.getByRole('button', { name: t.continueHere }).click();
  await expect(tabB.getByRole('textbox', { name: l.answer })).toBeVisible({ timeout: 10_000 });
  await expect(tabA.getByRole('heading', { name: t.moved })).toBeVisible();
  const afterSteal = await watched(tabA);
  await expect(tabA.getByRole('textbox', { name: l.answer })).toHaveCount(0);
  expect((await watched(tabB)).steals).toBe(1);

  await tabB.getByRole('button', { name: /Repeat the question/ }).click();
  await expectSaved(tabB, l);
  const [interview] = await storedInterviews(tabB);
  expect(interview?.stored).toEqual([first]);
  expect(interview?.transcript).toEqual([first]);
  expect(await watched(tabA)).toEqual(afterSteal);
});

for (const lang of ['en', 'de'] as const) {
  test.describe(`tab ownership screens (${lang})`, () => {
    test.use({ locale: lang === 'en' ? 'en-US' : 'de-DE' });
    test('"open in another tab" and "continues in another tab" have no accessibility violations', async ({
      page: tabA,
    }) => {
      const l = labels[lang];
      await startHardening(tabA, l, 'Axel Axe');
      const tabB = await openSecondTab(tabA, lang);
      await expect(tabB.getByRole('button', { name: texts[lang].continueHere })).toBeVisible();
      await expectNoAxeViolations(tabB);

      await tabB.getByRole('button', { name: texts[lang].continueHere }).click();
      await expect(tabA.getByRole('heading', { name: texts[lang].moved })).toBeVisible();
      await expect(tabA.getByRole('button', { name: texts[lang].continueHere })).toBeVisible();
      await expectNoAxeViolations(tabA);
    });
  });
}
