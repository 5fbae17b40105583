import { useQuery } from '@tanstack/react-query';
import { appDatabase } from '@/storage/database';
import { loadScenarioLibrary, scenarioLibraryKey } from '@/storage/scenario-library';

export function useScenarioLibrary() {
  return useQuery({ queryKey: scenarioLibraryKey, queryFn: () => loadScenarioLibrary(appDatabase()) });
}
