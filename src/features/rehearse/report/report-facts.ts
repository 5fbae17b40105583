import type { TFunction } from 'i18next';
import type { ReportFix } from '@/domain/interview';
import type { Attempt } from '@/domain/records/attempt-schema';
import { pickText } from '@/domain/scenario/locale';
import type { Scenario } from '@/domain/scenario/scenario-schema';

export type Translators = { t: TFunction<'report'>; tr: TFunction<'rehearse'>; language: string };

/** The facts in the report's header: learner, date, scenario and version, mode and persona. */
export function reportFacts(
  attempt: Attempt,
  scenario: Scenario,
  learner: string | undefined,
  { t, tr, language }: Translators,
): { label: string; value: string }[] {
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(attempt.endedAt ?? attempt.startedAt),
  );
  const title = pickText(scenario.title, attempt.locale);
  return [
    ...(learner ? [{ label: t('learner'), value: learner }] : []),
    { label: t('date'), value: date },
    { label: t('scenario'), value: t('scenarioVersion', { title, version: attempt.scenarioVersion }) },
    { label: t('mode'), value: tr(`setup.${attempt.mode}`) },
    { label: t('persona'), value: tr(`setup.${attempt.persona}`) },
  ];
}

/** A fix's title: which question, and what to do there. */
export function fixTitle(fix: ReportFix, scenario: Scenario, t: TFunction<'report'>): string {
  const index = scenario.questions.findIndex((q) => q.id === fix.questionId) + 1;
  return t(`fix.${fix.kind}`, { index, item: fix.label ?? '' });
}

/** What to do: the scenario's own recommendation for this gap, else the general advice for its kind. */
export function fixAdvice(fix: ReportFix, t: TFunction<'report'>): string {
  return fix.recommendation ?? t(`fixAdvice.${fix.kind}`);
}

export function fixControls(fix: ReportFix, t: TFunction<'report'>): string {
  return t('fixControls', { controls: fix.controls.join(', ') });
}
