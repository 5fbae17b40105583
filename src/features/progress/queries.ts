import { useQuery } from '@tanstack/react-query';
import { appDatabase } from '@/storage/database';
import { listProfiles } from '@/storage/profile-repository';
import { loadProgress } from '@/storage/progress-loader';
import { queryKeys } from '@/storage/query-keys';
import { loadScenarioLibrary, scenarioLibraryKey } from '@/storage/scenario-library';
import { getSetting } from '@/storage/settings-repository';

const activeProfileKey = 'activeProfileId';

// The page lists only topics the learner attempted, so it loads progress without the library's topics. Its key
// extends the profile's progress key (invalidated with it) without sharing a cache entry with views of all topics.
const attemptedTopicsKey = (profileId: string) => [...queryKeys.progress.byProfile(profileId), 'attempted-topics'] as const;

export function useScenarioLibrary() {
  return useQuery({ queryKey: scenarioLibraryKey, queryFn: () => loadScenarioLibrary(appDatabase()) });
}

export function useProfiles() {
  return useQuery({ queryKey: queryKeys.profiles.list(), queryFn: () => listProfiles(appDatabase()) });
}

/** The id of the profile chosen on this device for rehearsing, or null when none was chosen. */
export function useActiveProfileId() {
  return useQuery({
    queryKey: queryKeys.settings.detail(activeProfileKey),
    queryFn: async () => {
      const value = await getSetting(appDatabase(), activeProfileKey);
      return typeof value === 'string' ? value : null;
    },
  });
}

/** A learner's progress per attempted topic; computed once per change of their stored attempts. */
export function useTopicProgress(profileId: string | undefined) {
  return useQuery({
    queryKey: attemptedTopicsKey(profileId ?? ''),
    queryFn: () => loadProgress(appDatabase(), profileId ?? '', []),
    enabled: Boolean(profileId),
  });
}
