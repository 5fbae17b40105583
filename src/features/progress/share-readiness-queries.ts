import { useMutation } from '@tanstack/react-query';
import type { Scenario, Topic } from '@/domain/scenario/scenario-schema';
import { saveTextFile } from '@/lib/save-text-file';
import { appDatabase } from '@/storage/database';
import { exportReadinessReport, type ReadinessExport } from '@/storage/readiness-report-export';

export type ShareRequest = {
  profileId: string;
  topics: Topic[];
  includeAnswers: boolean;
  team: string;
  scenarios: readonly Scenario[];
};

/** Prepares the signed file (it is signed here, so the preview is exactly what is saved). */
export function usePrepareReadinessReport() {
  return useMutation<ReadinessExport, Error, ShareRequest>({
    mutationFn: ({ profileId, topics, includeAnswers, team, scenarios }) =>
      exportReadinessReport(appDatabase(), profileId, { topics, includeAnswers, scenarios, team }),
  });
}

export function saveReadinessReport(file: ReadinessExport): void {
  saveTextFile(file);
}
