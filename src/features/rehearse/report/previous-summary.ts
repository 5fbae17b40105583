import { useMemo } from 'react';
import { buildInterviewReport, summarizeReport, type ReportSummary, type Turn } from '@/domain/interview';
import type { Attempt } from '@/domain/records/attempt-schema';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { usePreviousAttempts } from '../queries';

/** The transcript kept in a stored interview snapshot, if it has one. */
export function transcriptOf(snapshot: unknown): Turn[] | undefined {
  const context = (snapshot as { context?: { transcript?: unknown } } | undefined)?.context;
  return Array.isArray(context?.transcript) ? (context.transcript as Turn[]) : undefined;
}

/** The summary of the learner's previous completed attempt at this scenario, to show the change since then. */
export function usePreviousSummary(scenario: Scenario, attempt: Attempt): ReportSummary | undefined {
  const previous = usePreviousAttempts(attempt);
  return useMemo(() => {
    const last = previous.data?.at(-1);
    const transcript = transcriptOf(last?.machineSnapshot);
    if (!last || !transcript) return undefined;
    return summarizeReport(buildInterviewReport(scenario, { transcript }, last.locale));
  }, [previous.data, scenario]);
}
