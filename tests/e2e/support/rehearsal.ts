import { expect, type Page } from '@playwright/test';

export const labels = {
  en: {
    rehearse: 'Rehearse',
    name: 'Your name',
    create: 'Create profile',
    start: 'Start interview',
    begin: 'Begin',
    answer: 'Your answer',
    submit: 'Submit answer',
    dontKnow: "I don't know",
    continue: 'Continue',
    finish: 'End interview',
    endNow: 'End now',
    mock: 'Mock audit',
    timeLimit: 'Time per question',
    report: /Audit report/,
    findings: 'Findings',
    controls: 'Controls',
    coach: 'Coach',
    feedback: 'Feedback on your answer',
    scenario: 'Configuration hardening',
    saved: 'Saved on this device',
  },
  de: {
    rehearse: 'Üben',
    name: 'Ihr Name',
    create: 'Profil anlegen',
    start: 'Interview starten',
    begin: 'Beginnen',
    answer: 'Ihre Antwort',
    submit: 'Antwort senden',
    dontKnow: 'Weiß ich nicht',
    continue: 'Weiter',
    finish: 'Interview beenden',
    endNow: 'Jetzt beenden',
    mock: 'Probe-Audit',
    timeLimit: 'Zeit pro Frage',
    report: /Auditbericht/,
    findings: 'Feststellungen',
    controls: 'Controls',
    coach: 'Coach',
    feedback: 'Feedback zu Ihrer Antwort',
    scenario: 'Konfigurationshärtung',
    saved: 'Auf diesem Gerät gespeichert',
  },
} as const;
export type Labels = (typeof labels)[keyof typeof labels];

export async function createProfile(page: Page, l: Labels, name: string) {
  await page.goto('/rehearse');
  await page.getByLabel(l.name).fill(name);
  await page.getByRole('button', { name: l.create }).click();
  await expect(page.getByRole('combobox', { name: /Practising as|Sie üben als/ })).toHaveValue(/.+/);
}

/** Types an answer to the current question or probe and submits it (follow-ups: `declineFollowUps`). */
export async function answer(page: Page, l: Labels, text: string) {
  await page.getByRole('textbox', { name: l.answer }).fill(text);
  await page.getByRole('button', { name: l.submit }).click();
}

/** Declines the auditor's follow-ups ("I don't know") until the feedback or the next question comes. */
export async function declineFollowUps(page: Page, l: Labels) {
  while (await page.getByRole('button', { name: l.dontKnow }).isVisible())
    await page.getByRole('button', { name: l.dontKnow }).click();
}

/** Starts Configuration hardening in practice mode and answers its first question with the seed answer. */
export async function answerFirstHardeningQuestion(page: Page, l: Labels, firstAnswer: string) {
  await page.getByRole('link', { name: l.scenario, exact: true }).click();
  await page.getByRole('button', { name: l.start }).click();
  await page.getByRole('button', { name: l.begin }).click();
  await answer(page, l, firstAnswer);
  await declineFollowUps(page, l);
  await page.getByRole('region', { name: l.feedback }).getByRole('button', { name: l.continue }).click();
}

/** A short interview for a new profile: the first question answered, then ended; one completed attempt. */
export async function shortInterview(page: Page, l: Labels, name: string, firstAnswer: string) {
  await createProfile(page, l, name);
  await answerFirstHardeningQuestion(page, l, firstAnswer);
  await endInterviewEarly(page, l);
  await expect(page.getByRole('article', { name: l.report })).toBeVisible();
  await expectSaved(page, l);
}

/** Waits until the interview says every answer and its end are stored, as a learner would before leaving. */
export async function expectSaved(page: Page, l: Labels) {
  await expect(page.getByText(l.saved, { exact: true })).toBeVisible();
}

/** "End interview" before every main question is answered: the app asks first, and the learner confirms. */
export async function endInterviewEarly(page: Page, l: Labels) {
  await page.getByRole('button', { name: l.finish }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: l.endNow }).click();
}
