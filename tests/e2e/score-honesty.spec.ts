import { expect, test } from '@playwright/test';
import { answer, createProfile, declineFollowUps, labels } from './support/rehearsal';

const l = labels.en;
const keywordList = 'CIS benchmark, hardening guide, approved by CISO, gold images, drift scans.';

test('a keyword list earns no credit and the feedback says why', async ({ page }) => {
  await createProfile(page, l, 'Kim List');
  await page.getByRole('link', { name: l.scenario, exact: true }).click();
  await page.getByRole('button', { name: l.start }).click();
  await page.getByRole('button', { name: l.begin }).click();
  await answer(page, l, keywordList);
  await declineFollowUps(page, l);
  const feedback = page.getByRole('region', { name: l.feedback });
  await expect(feedback).toBeVisible();
  await expect(feedback.getByText(/^Grade for this answer: .*\(0 of 100\)$/)).toBeVisible();
  await expect(feedback.locator('[data-status="covered"], [data-status="partial"]')).toHaveCount(0);
  const noticed = feedback.getByRole('list').filter({ hasText: 'A list of names is not evidence' });
  await expect(noticed).toBeVisible();
  await expect(noticed.locator('mark.concern').first()).toContainText('CIS benchmark');
});

test('ending after one question asks first; the report lists the questions not answered, its result is the worst finding with each cap explained, and Progress does not show the topic as ready', async ({
  page,
}) => {
  await createProfile(page, l, 'Ema Early');
  await page.getByRole('link', { name: l.scenario, exact: true }).click();
  await page.getByRole('button', { name: l.start }).click();
  await page.getByRole('button', { name: l.begin }).click();
  await answer(
    page,
    l,
    'We apply the CIS benchmark as our hardening baseline, and drift scans run every night against it.',
  );
  await declineFollowUps(page, l);
  await page.getByRole('region', { name: l.feedback }).getByRole('button', { name: l.continue }).click();

  await page.getByRole('button', { name: l.finish }).click();
  const dialog = page.getByRole('alertdialog', { name: 'End the interview now?' });
  await expect(dialog).toContainText('4 of 5 main questions are not answered yet.');
  await dialog.getByRole('button', { name: 'End now' }).click();

  const report = page.getByRole('article', { name: l.report });
  await expect(report).toBeVisible();
  const unanswered = report.getByRole('heading', { name: 'Questions not answered' });
  await expect(unanswered).toBeVisible();
  await expect(report.locator('.unanswered-questions li')).toHaveCount(4);

  // The overall result is the worst of the findings' grades.
  const rank = [
    'Conformity',
    'Opportunity for improvement',
    'Observation',
    'Minor nonconformity',
    'Major nonconformity',
  ];
  const findingGrades = (await report.locator('.finding > h3').allInnerTexts()).map((h) =>
    h.replace(/^Finding \d+: /, ''),
  );
  expect(findingGrades).toHaveLength(5);
  const worst = findingGrades.reduce((a, b) => (rank.indexOf(b) > rank.indexOf(a) ? b : a));
  await expect(report.locator('.report-result')).toHaveText(`Overall result: ${worst}, the worst of the findings`);
  await expect(report.getByText(/^Coverage: \d+ of 100/)).toBeVisible();

  // Every finding graded below conformity says in a sentence what holds it down.
  const findings = report.locator('.finding');
  for (let i = 0; i < (await findings.count()); i++) {
    const finding = findings.nth(i);
    const grade = findingGrades[i]!;
    if (grade === 'Conformity' || grade === 'Opportunity for improvement') continue;
    await expect(finding.getByRole('heading', { name: 'Why this grade' })).toBeVisible();
    await expect(finding.locator('.finding-caps li').first()).toHaveText(/^(Capped at|Graded)/);
  }
  await expect(report.getByText(/this question was not answered\./).first()).toBeVisible();
  await expect(page.getByText(l.saved, { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Progress' }).click();
  const row = page.getByRole('row', { name: new RegExp(l.scenario) });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').last()).not.toHaveText('Ready');
});
