import { useMemo } from 'react';
import type { MissedEvidence } from '@/domain/progress/progress-types';
import { pickText, type Locale } from '@/domain/scenario/locale';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { useContentLocale } from '@/i18n/use-content-locale';
import { useScenarioLibrary } from './queries';

export type EvidenceLabelOf = (item: Pick<MissedEvidence, 'scenarioId' | 'questionId' | 'evidenceId'>) => string;

const keyOf = (scenarioId: string, questionId: string, evidenceId: string) =>
  `${scenarioId}\n${questionId}\n${evidenceId}`;

/** Evidence labels in one language, looked up by scenario, question and item; an item no scenario knows any more shows its id. */
export function evidenceLabels(scenarios: readonly Scenario[], locale: Locale): EvidenceLabelOf {
  const labels = new Map<string, string>();
  for (const scenario of scenarios)
    for (const question of scenario.questions)
      for (const item of question.evidence)
        labels.set(keyOf(scenario.id, question.id, item.id), pickText(item.label, locale));
  return ({ scenarioId, questionId, evidenceId }) =>
    labels.get(keyOf(scenarioId, questionId, evidenceId)) ?? evidenceId;
}

/** The evidence labels of the scenario library in the interface language, rebuilt only when either changes. */
export function useEvidenceLabels(): { labelOf: EvidenceLabelOf; isPending: boolean } {
  const library = useScenarioLibrary();
  const locale = useContentLocale();
  const labelOf = useMemo(() => evidenceLabels(library.data?.scenarios ?? [], locale), [library.data, locale]);
  return { labelOf, isPending: library.isPending };
}
