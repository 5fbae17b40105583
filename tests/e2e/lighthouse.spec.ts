import { expect, test } from '@playwright/test';
import { failingAudits, launchForLighthouse, runLighthouse, type LighthouseBrowser } from './support/lighthouse';
import { appRoutes } from './support/routes';

// Lighthouse's best-practices category on every route, desktop: no console errors, no Content-Security-Policy
// violations or other issues in DevTools' Issues panel, no deprecated APIs. One browser, one route at a time.
test.describe.configure({ mode: 'serial' });

let browser: LighthouseBrowser;
test.beforeAll(async () => {
  browser = await launchForLighthouse();
});
test.afterAll(async () => {
  await browser?.close();
});

for (const route of appRoutes) {
  test(`${route.path} scores 100 in Lighthouse best practices`, async ({ baseURL }) => {
    test.setTimeout(60_000);
    const lhr = await runLighthouse(`${baseURL}${route.path}`, {
      port: browser.port,
      formFactor: 'desktop',
      categories: ['best-practices'],
    });
    const failing = failingAudits(lhr, 'best-practices');
    expect(failing, failing.join('\n')).toEqual([]);
    expect(lhr.categories['best-practices']?.score).toBe(1);
  });
}
