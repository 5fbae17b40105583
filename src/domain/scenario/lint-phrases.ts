import { formatPath } from './issue-message';
import type { ScenarioProblem } from './located-problem';
import { locales, type LocalizedPhrases } from './locale';
import type { Question, Scenario } from './scenario-schema';

function normalise(phrase: string): string {
  return phrase.trim().toLowerCase().replace(/\s+/g, ' ');
}

function itemsOf(
  question: Question,
): { kind: 'evidence' | 'redFlags'; index: number; id: string; phrases: LocalizedPhrases }[] {
  return [
    ...question.evidence.map((e, index) => ({ kind: 'evidence' as const, index, id: e.id, phrases: e.phrases })),
    ...question.redFlags.map((r, index) => ({ kind: 'redFlags' as const, index, id: r.id, phrases: r.phrases })),
  ];
}

/** The same phrase listed for two items of one question: an answer using it would count for both. */
export function lintPhrases(scenario: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  scenario.questions.forEach((question, qi) => {
    const owner = new Map<string, string>();
    for (const item of itemsOf(question)) {
      for (const locale of locales) {
        (item.phrases[locale] ?? []).forEach((phrase, pi) => {
          const key = `${locale}:${normalise(phrase)}`;
          const first = owner.get(key);
          if (first === undefined) owner.set(key, item.id);
          else if (first !== item.id) {
            const path = ['questions', qi, item.kind, item.index, 'phrases', locale, pi];
            problems.push({
              code: 'duplicate-phrase',
              severity: 'warning',
              path,
              message: `${formatPath(path, scenario)}: "${phrase}" is also a phrase of "${first}"; an answer using it counts for both`,
            });
          }
        });
      }
    }
  });
  return problems;
}
