import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { builtRelease } from './support/next-release';
import { answer, createProfile, labels } from './support/rehearsal';
import { appRoutes } from './support/routes';
import { seedHardeningAnswers } from './support/scenario-samples';

test('the built index.html declares its policy before any script, module preload or stylesheet', () => {
  const html = readFileSync(path.join(builtRelease, 'index.html'), 'utf8');
  const policy = html.indexOf('http-equiv="Content-Security-Policy"');
  const loads = [...html.matchAll(/<script\b|<link\b[^>]*rel="(?:modulepreload|stylesheet)"/g)];
  expect(policy).toBeGreaterThan(0);
  expect(loads.length).toBeGreaterThan(0);
  for (const load of loads) expect(load.index).toBeGreaterThan(policy);
  // The character set must still be declared within the first 1024 bytes.
  expect(Buffer.byteLength(html.slice(0, html.indexOf('<meta charset')))).toBeLessThan(1024);
});

test('no page breaks the Content-Security-Policy', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${location.pathname}: ${event.violatedDirective} ${event.blockedURI}`,
      ),
    ),
  );
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });

  for (const route of appRoutes) {
    await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
  }
  // The interview validates its scenario and stored snapshot, and scores an answer.
  const l = labels.en;
  await createProfile(page, l, 'Policy Check');
  await page.getByRole('link', { name: l.scenario, exact: true }).click();
  await page.getByRole('button', { name: l.start }).click();
  await page.getByRole('button', { name: l.begin }).click();
  await answer(page, l, seedHardeningAnswers[0]!);
  await expect(page.getByRole('list', { name: 'Interview transcript' })).toContainText(
    seedHardeningAnswers[0]!.slice(0, 40),
  );
  await page.reload();
  await expect(page.getByRole('list', { name: 'Interview transcript' })).toBeVisible();
  expect(violations).toEqual([]);
});
