import type { Page } from '@playwright/test';

/** Waits until the offline worker has installed every file and controls the page. */
export async function waitForOfflineWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });
}

/** Names of the caches that hold a release's files. */
export function releaseCaches(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('mock-audit-trainer-')));
}
