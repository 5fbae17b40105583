import { useQuery } from '@tanstack/react-query';
import { scenarioLibraryQuery } from '@/storage/shared-queries';

export const useScenarioLibrary = () => useQuery(scenarioLibraryQuery());
