import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/keyboard';
import { labels, shortInterview } from './support/rehearsal';
import { seedHardeningAnswers } from './support/scenario-samples';

test('a learner shares their readiness: sees what the file holds, saves a signed file without answers', async ({
  page,
}, testInfo) => {
  await shortInterview(page, labels.en, 'Sam Share', seedHardeningAnswers[0]!);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  const section = page.getByRole('region', { name: 'Share my readiness' });
  await expect(section.getByRole('checkbox', { name: 'Include my answers' })).not.toBeChecked();
  await section.getByRole('button', { name: 'Prepare the file' }).click();
  const preview = section.getByRole('region', { name: 'What the file contains' });
  await expect(preview.getByText('Not included')).toBeVisible();
  await expect(preview.getByRole('table', { name: 'Attempts in the file' })).toContainText('Configuration hardening');
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Save the file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^readiness-sam-share-\d{4}-\d{2}-\d{2}\.json$/);
  const file = path.join(testInfo.outputDir, download.suggestedFilename());
  await download.saveAs(file);
  const text = await readFile(file, 'utf8');
  const report = JSON.parse(text) as {
    payload: { learner: { name: string }; includesAnswers: boolean; sequence: number; publicKey: object };
    signature: string;
  };
  expect(report.payload).toMatchObject({ learner: { name: 'Sam Share' }, includesAnswers: false, sequence: 1 });
  expect(Object.keys(report.payload.publicKey).sort()).toEqual(['crv', 'kty', 'x', 'y']);
  expect(report.signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
  expect(text).not.toContain(seedHardeningAnswers[0]!.slice(0, 40));
  await expect(section.getByRole('status')).toContainText('Saved readiness-sam-share-');
});
