import { expect, test } from '@playwright/test';
import { answer, createProfile, declineFollowUps, endInterviewEarly, expectSaved, labels } from './support/rehearsal';
import { samplesOf, seedHardeningAnswers } from './support/scenario-samples';

test('practice: seed answers, coaching, reload mid-interview, report with findings and controls', async ({ page }) => {
  const l = labels.en;
  await createProfile(page, l, 'Sam Admin');
  await page.getByRole('link', { name: l.scenario, exact: true }).click();
  await page.getByRole('button', { name: l.start }).click();
  await page.getByRole('button', { name: l.begin }).click();
  await expect(page.getByRole('list', { name: 'Interview transcript' })).toContainText(
    'configuration hardening standards',
  );

  // The coach panel follows the typing.
  await page.getByRole('textbox', { name: l.answer }).fill(seedHardeningAnswers[0]!);
  const coach = page.getByRole('complementary', { name: l.coach });
  await expect(coach.locator('[data-status="covered"]').first()).toBeVisible();
  await page.getByRole('button', { name: l.submit }).click();

  // The friendly auditor follows up on the missing written standard; the learner admits not knowing.
  await declineFollowUps(page, l);
  const feedback = page.getByRole('region', { name: l.feedback });
  await expect(feedback).toBeVisible();
  await expect(feedback.locator('mark').first()).toBeVisible();
  await expect(feedback.locator('mark').filter({ hasText: /CIS/ })).toHaveCount(1);
  await feedback.getByRole('button', { name: l.continue }).click();

  // Reload mid-interview: the same question is still waiting, nothing lost.
  await expect(page.getByRole('list', { name: 'Interview transcript' })).toContainText('consistency');
  await expectSaved(page, l);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Interview transcript' })).toContainText(
    seedHardeningAnswers[0]!.slice(0, 40),
  );
  await expect(page.getByRole('textbox', { name: l.answer })).toBeVisible();
  await expect(page.getByText('Question 2 of 5')).toBeVisible();

  await answer(page, l, seedHardeningAnswers[1]!);
  await declineFollowUps(page, l);
  await page.getByRole('button', { name: l.continue }).click();
  await endInterviewEarly(page, l);

  const report = page.getByRole('article', { name: l.report });
  await expect(report).toBeVisible();
  await expect(report.getByRole('heading', { name: l.findings })).toBeVisible();
  await expect(report.getByText(/A\.8\.9/).first()).toBeVisible();
  await expect(
    report.getByRole('heading', {
      name: /Finding 1: Observation|Finding 1: Minor nonconformity|Finding 1: Opportunity/,
    }),
  ).toBeVisible();

  // Printed, the page is the report alone.
  await page.emulateMedia({ media: 'print' });
  await expect(report).toBeVisible();
  await expect(page.getByRole('list', { name: 'Interview transcript' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print report' })).toBeHidden();
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });
  test('practice in German: German answers are scored and reported in German', async ({ page }) => {
    const l = labels.de;
    const first = samplesOf('configuration-hardening', 'hardening-standards').find(
      (s) => s.locale === 'de' && s.expect.grade !== 'major-nc',
    )!;
    const second = samplesOf('configuration-hardening', 'consistency-compliance').find((s) => s.locale === 'de')!;
    await createProfile(page, l, 'Kim Admin');
    await page.getByRole('link', { name: l.scenario, exact: true }).click();
    await page.getByRole('button', { name: l.start }).click();
    await page.getByRole('button', { name: l.begin }).click();
    await answer(page, l, first.text);
    await declineFollowUps(page, l);
    const feedback = page.getByRole('region', { name: l.feedback });
    await expect(feedback.locator('mark').first()).toBeVisible();
    await feedback.getByRole('button', { name: l.continue }).click();
    await expectSaved(page, l);
    await page.reload();
    await expect(page.getByText('Frage 2 von 5')).toBeVisible();
    await answer(page, l, second.text);
    await declineFollowUps(page, l);
    await page.getByRole('button', { name: l.continue }).click();
    await endInterviewEarly(page, l);
    const report = page.getByRole('article', { name: l.report });
    await expect(report.getByRole('heading', { name: l.findings })).toBeVisible();
    await expect(report.getByText(/A\.8\.9/).first()).toBeVisible();
    await expect(report.getByRole('heading', { name: /Feststellung 1/ })).toBeVisible();
  });
});

test('mock audit: the per-question time limit expires and the auditor moves on', async ({ page }) => {
  const l = labels.en;
  await page.clock.install();
  await createProfile(page, l, 'Tim Er');
  await page.getByRole('link', { name: l.scenario, exact: true }).click();
  await page.getByRole('radio', { name: l.mock }).check();
  await page.getByRole('combobox', { name: l.timeLimit }).selectOption('1');
  await page.getByRole('button', { name: l.start }).click();
  await page.getByRole('button', { name: l.begin }).click();
  await expect(page.getByRole('timer')).toContainText('1:00');
  await expect(page.getByRole('complementary', { name: l.coach })).toHaveCount(0);
  await page.getByRole('textbox', { name: l.answer }).fill('We follow the CIS benchmarks');
  await page.clock.fastForward('01:02');
  await expect(page.getByRole('list', { name: 'Interview transcript' })).toContainText("Let's leave that one there");
  await expect(page.getByRole('list', { name: 'Interview transcript' })).toContainText('We follow the CIS benchmarks');
});
