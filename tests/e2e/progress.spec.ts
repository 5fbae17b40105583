import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/keyboard';
import { labels, shortInterview } from './support/rehearsal';
import { seedHardeningAnswers } from './support/scenario-samples';

test('after a short interview, Progress shows the topic with one attempt, its trend, and passes axe', async ({
  page,
}) => {
  const l = labels.en;
  await shortInterview(page, l, 'Pat Progress', seedHardeningAnswers[0]!);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  const row = page
    .getByRole('table', { name: 'Your topics' })
    .getByRole('row')
    .filter({ hasText: 'Configuration hardening' });
  await expect(row.getByRole('cell')).toHaveText([
    'Configuration hardening',
    /^\d+ · .+$/,
    /^\d+ · .+$/,
    '1',
    /^(Ready|At risk|Not ready)$/,
  ]);
  await expect(
    page.getByRole('img', { name: /^Scores for Configuration hardening over 1 attempt: \d+$/ }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Learner' })).toHaveValue(/.+/);
  await expectNoAxeViolations(page);
});
