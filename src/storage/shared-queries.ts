import { appDatabase } from './database';
import { listProfiles } from './profile-repository';
import { queryKeys } from './query-keys';
import { loadScenarioLibrary, scenarioLibraryKey } from './scenario-library';
import { getSetting, putSetting } from './settings-repository';

// Query options (key + function) that several features read. Plain objects, so storage stays free of React;
// each feature passes them to useQuery, and all of them share one cache entry.

const activeProfileSetting = 'activeProfileId';

export const profilesQuery = () => ({ queryKey: queryKeys.profiles.list(), queryFn: () => listProfiles(appDatabase()) });

/** The id of the profile chosen for rehearsing on this device, or null when none was chosen. */
export const activeProfileIdQuery = () => ({
  queryKey: queryKeys.settings.detail(activeProfileSetting),
  queryFn: async (): Promise<string | null> => {
    const value = await getSetting(appDatabase(), activeProfileSetting);
    return typeof value === 'string' ? value : null;
  },
});

export const scenarioLibraryQuery = () => ({ queryKey: scenarioLibraryKey, queryFn: () => loadScenarioLibrary(appDatabase()) });

/** Remembers which profile is rehearsing on this device. */
export function chooseActiveProfile(profileId: string): Promise<void> {
  return putSetting(appDatabase(), activeProfileSetting, profileId);
}
