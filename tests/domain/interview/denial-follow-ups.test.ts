// Acceptance: for every shipped scenario, main question and essential evidence item, an answer that denies the
// item is never followed by a probe that presumes it. Denials are built from the item's own phrases and kept
// only when the real scorer marks the item negated, so the test exercises the follow-up choice, not the scorer.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accumulateAnswers } from '@/domain/interview/accumulate';
import { chooseNextStep, presumedBy } from '@/domain/interview/follow-up';
import { scenarioScorer } from '@/domain/interview/scenario-scorer';
import type { Locale } from '@/domain/scenario/locale';
import type { EvidenceItem, Persona, Question, Scenario } from '@/domain/scenario/scenario-schema';
import { loadScenarioFile } from './support/interview-harness';

const dir = join(import.meta.dirname, '..', '..', '..', 'scenarios');
const files = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
  : [];

const denials: Record<Locale, (phrase: string) => string[]> = {
  en: (phrase) => [`We don't have ${phrase}.`, `We do not have any ${phrase}.`, `There is no ${phrase}.`],
  de: (phrase) => [`Wir haben keine ${phrase}.`, `Wir haben keinen ${phrase}.`, `Es gibt kein ${phrase}.`],
};

type Denial = { locale: Locale; text: string };

/** Denials of the item the scorer reads as negating it (and nothing else credited that would hide the point). */
function denialsOf(scenario: Scenario, question: Question, item: EvidenceItem): Denial[] {
  const score = scenarioScorer(scenario);
  return (['en', 'de'] as const).flatMap((locale) =>
    (item.phrases[locale] ?? []).flatMap((phrase) =>
      denials[locale](phrase)
        .filter((text) => score(text, question, locale).evidence.find((e) => e.id === item.id)?.status === 'negated')
        .map((text) => ({ locale, text })),
    ),
  );
}

function planAfter(scenario: Scenario, question: Question, denial: Denial, persona: Persona) {
  const result = scenarioScorer(scenario)(denial.text, question, denial.locale);
  const answer = { questionId: question.id, probeId: null, attempt: 1, kind: 'answer' as const, text: denial.text };
  const accumulated = accumulateAnswers(question, scenario.grading, [{ ...answer, result, askedAt: 0, answeredAt: 0 }]);
  const asked = { askedProbes: [], askedQuestions: [question.id] };
  return { plan: chooseNextStep(scenario, question, accumulated, asked, persona), accumulated };
}

describe.each(files)('denials in %s', (file) => {
  const scenario = loadScenarioFile(join(dir, file));
  const cases = scenario.questions.flatMap((question) =>
    question.evidence.filter((item) => item.essential).map((item) => [question.id, item.id, question, item] as const),
  );

  it.each(cases)('%s: denying %s', (_q, _i, question, item) => {
    const found = denialsOf(scenario, question, item);
    expect(found.length, 'no denial built from the phrases is read as negated').toBeGreaterThan(0);
    for (const denial of found) {
      for (const persona of ['friendly', 'strict'] as const) {
        const { plan, accumulated } = planAfter(scenario, question, denial, persona);
        if (plan.kind !== 'probe') continue;
        const probe = question.probes.find((p) => p.id === plan.probeId);
        const denied = accumulated.evidence.filter((e) => e.status === 'negated').map((e) => e.id);
        const presumed = presumedBy(probe!).filter((id) => denied.includes(id));
        expect(presumed, `${persona} after "${denial.text}" asks ${plan.probeId}`).toEqual([]);
      }
    }
  });

  it.each(cases)('%s: denying %s is followed by a probe about its absence', (_q, _i, question, item) => {
    const rule = question.followUps.find((r) => r.if.negated?.includes(item.id));
    expect(rule, 'no negated rule names this essential item').toBeDefined();
  });
});
