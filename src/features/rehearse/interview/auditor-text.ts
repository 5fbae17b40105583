import type { TFunction } from 'i18next';
import type { AuditorMessage } from '@/domain/interview';
import { pickText, type Locale } from '@/domain/scenario/locale';
import type { Probe, Question, Scenario } from '@/domain/scenario/scenario-schema';

export function findQuestion(scenario: Scenario, questionId: string): Question | undefined {
  return scenario.questions.find((q) => q.id === questionId);
}

export function findProbe(question: Question | undefined, probeId: string | null | undefined): Probe | undefined {
  return probeId ? question?.probes.find((p) => p.id === probeId) : undefined;
}

/** What the auditor says for one turn: scenario text in the interview's language, the rest from i18n. */
export function auditorText(
  message: AuditorMessage,
  scenario: Scenario,
  locale: Locale,
  t: TFunction<'rehearse'>,
): string {
  switch (message.kind) {
    case 'introduction':
      return pickText(scenario.introduction, locale);
    case 'closing':
      return pickText(scenario.closing, locale);
    case 'acknowledge':
      return t(`auditor.${message.tone}.${message.variant}`, { lng: locale });
    case 'question': {
      const question = findQuestion(scenario, message.questionId);
      const asked = findProbe(question, message.probeId) ?? question;
      if (!asked) return '';
      const wording = message.phrasing === 'rephrase' && asked.rephrase ? asked.rephrase : asked.prompt;
      return pickText(wording, locale);
    }
  }
}
