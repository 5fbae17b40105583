import { expect, test, type Page } from '@playwright/test';
import { waitForOfflineWorker, releaseCaches } from './support/offline-worker';
import { buildNextRelease, builtRelease } from './support/next-release';
import { answer, declineFollowUps, expectSaved, labels } from './support/rehearsal';
import { serveRelease, type ReleaseServer } from './support/release-server';
import { seedHardeningAnswers } from './support/scenario-samples';

const l = labels.en;
let next: Awaited<ReturnType<typeof buildNextRelease>>;
let server: ReleaseServer;

// One build of the next release for the whole file, so its tests share a worker.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  next = await buildNextRelease();
});
test.afterAll(() => next.remove());
test.beforeEach(async () => {
  server = await serveRelease(builtRelease);
});
test.afterEach(() => server.stop());

/** Counts render errors: the error page logs one each time it replaces a page. */
function watchRenderErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => message.text().startsWith('Render error') && errors.push(message.text()));
  return errors;
}

/** Creates a profile, starts Configuration hardening and answers its first question: question 2 waits. */
async function startInterview(page: Page) {
  await page.goto(`${server.url}/rehearse`);
  await page.getByLabel(l.name).fill('Mid Interview');
  await page.getByRole('button', { name: l.create }).click();
  await page.getByRole('link', { name: l.scenario, exact: true }).click();
  await page.getByRole('button', { name: l.start }).click();
  await page.getByRole('button', { name: l.begin }).click();
  await answer(page, l, seedHardeningAnswers[0]!);
  await declineFollowUps(page, l);
  await page.getByRole('region', { name: l.feedback }).getByRole('button', { name: l.continue }).click();
  await expect(page.getByText('Question 2 of 5')).toBeVisible();
  await expectSaved(page, l);
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('after a deploy a new tab works, and "Update now" moves every tab to the new release, the interview at its question', async ({
  context,
}) => {
  const interview = await context.newPage();
  const interviewErrors = watchRenderErrors(interview);
  await interview.goto(server.url);
  await waitForOfflineWorker(interview);
  await startInterview(interview);

  server.deploy(next.root);
  const later = await context.newPage();
  await later.goto(`${server.url}/scenarios`);
  await expect(later.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
  await later.getByRole('button', { name: 'Update now' }).click();
  await expect(later.locator('html')).toHaveAttribute('data-release', 'next');
  await expect(later.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();

  // The tab mid-interview follows once its answer is saved, and comes back at the same question.
  await expect(interview.locator('html')).toHaveAttribute('data-release', 'next');
  await expect(interview.getByText('Question 2 of 5')).toBeVisible();
  await answer(interview, l, seedHardeningAnswers[1]!);
  await declineFollowUps(interview, l);
  await interview.getByRole('region', { name: l.feedback }).getByRole('button', { name: l.continue }).click();
  await expect(interview.getByText('Question 3 of 5')).toBeVisible();
  await nav(interview).getByRole('link', { name: 'Progress' }).click();
  await expect(interview.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  expect(interviewErrors).toEqual([]);

  // A page opened now gets the new release's index.html with its own files, and the old files go.
  const fresh = await context.newPage();
  await fresh.goto(`${server.url}/readiness`);
  await expect(fresh.getByRole('heading', { level: 1, name: 'Readiness' })).toBeVisible();
  await expect(fresh.locator('html')).toHaveAttribute('data-release', 'next');
  await expect.poll(() => releaseCaches(fresh)).toHaveLength(1);
});

test.describe('without the offline worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('a tab whose files are gone from the server reloads into the new release, never the error page', async ({
    page,
  }) => {
    const errors = watchRenderErrors(page);
    await startInterview(page);
    server.deploy(next.root);
    await nav(page).getByRole('link', { name: 'Progress' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-release', 'next');
    await page.goBack();
    await expect(page.getByText('Question 2 of 5')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a file missing in every release reloads the tab once, then shows the error page', async ({ page }) => {
    server.hide(/\/assets\/progress-page-/);
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await nav(page).getByRole('link', { name: 'Progress' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
    expect(loads).toBe(2);
  });
});
