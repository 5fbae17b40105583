import type { Profile } from '@/domain/records/profile-schema';
import { appDatabase } from './database';
import { listProfiles } from './profile-repository';
import { queryKeys } from './query-keys';
import { loadScenarioLibrary } from './scenario-library';
import { getSetting, putSetting } from './settings-repository';

// Query options (key + function) that several features read. Plain objects, so storage stays free of React;
// each feature passes them to useQuery, and all of them share one cache entry.

const activeProfileSetting = 'activeProfileId';

export const profilesQuery = () => ({
  queryKey: queryKeys.profiles.list(),
  queryFn: () => listProfiles(appDatabase()),
});

/** The id of the profile chosen for rehearsing on this device, or null when none was chosen. */
export const activeProfileIdQuery = () => ({
  queryKey: queryKeys.settings.detail(activeProfileSetting),
  queryFn: async (): Promise<string | null> => {
    const value = await getSetting(appDatabase(), activeProfileSetting);
    return typeof value === 'string' ? value : null;
  },
});

export const scenarioLibraryQuery = () => ({
  queryKey: queryKeys.customScenarios.library(),
  queryFn: () => loadScenarioLibrary(appDatabase()),
});

/** The profile chosen on this device: the stored choice if it still exists, else the first profile. */
export function activeProfileOf(
  profiles: readonly Profile[],
  activeId: string | null | undefined,
): Profile | undefined {
  return profiles.find((p) => p.id === activeId) ?? profiles[0];
}

/** Remembers which profile is rehearsing on this device. */
export function chooseActiveProfile(profileId: string): Promise<void> {
  return putSetting(appDatabase(), activeProfileSetting, profileId);
}
