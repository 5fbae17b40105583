import { useMutation, useQuery } from '@tanstack/react-query';
import type { Attempt } from '@/domain/records/attempt-schema';
import type { Profile } from '@/domain/records/profile-schema';
import {
  findOpenAttempt,
  getAttempt,
  listAttemptsByScenario,
  startAttempt,
  type NewAttempt,
} from '@/storage/attempt-repository';
import { appDatabase } from '@/storage/database';
import { createProfile, type NewProfile } from '@/storage/profile-repository';
import { queryKeys } from '@/storage/query-keys';
import {
  activeProfileIdQuery,
  activeProfileOf,
  chooseActiveProfile,
  profilesQuery,
  scenarioLibraryQuery,
} from '@/storage/shared-queries';

export const useScenarioLibrary = () => useQuery(scenarioLibraryQuery());
export const useProfiles = () => useQuery(profilesQuery());

/** The profile chosen on this device: the stored choice if it still exists, else the first profile. */
export function useActiveProfile(): { profile: Profile | undefined; isPending: boolean } {
  const profiles = useProfiles();
  const chosen = useQuery(activeProfileIdQuery());
  const list = profiles.data ?? [];
  const profile = activeProfileOf(list, chosen.data);
  return { profile, isPending: profiles.isPending || chosen.isPending };
}

// Mutations here invalidate nothing themselves: the data provider refreshes the affected queries after every
// committed write, in this tab and in others.

export function useChooseProfile() {
  return useMutation({ mutationFn: chooseActiveProfile });
}

export function useCreateProfile() {
  return useMutation({
    mutationFn: async (input: NewProfile) => {
      const profile = await createProfile(appDatabase(), input);
      await chooseActiveProfile(profile.id);
      return profile;
    },
  });
}

export function useOpenAttempt(profileId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.attempts.open(profileId ?? ''),
    queryFn: async () => (profileId ? ((await findOpenAttempt(appDatabase(), profileId)) ?? null) : null),
    enabled: Boolean(profileId),
  });
}

/**
 * An attempt as stored now. Read afresh whenever a page mounts: the interview resumes from the snapshot in it,
 * and a cached copy from before the last visit would resume where the interview stood then.
 */
export function useAttempt(attemptId: string) {
  return useQuery({
    queryKey: queryKeys.attempts.detail(attemptId),
    queryFn: async () => (await getAttempt(appDatabase(), attemptId)) ?? null,
    refetchOnMount: 'always',
  });
}

export function useStartAttempt() {
  return useMutation({ mutationFn: (input: NewAttempt) => startAttempt(appDatabase(), input) });
}

/** Completed attempts at a scenario before the given one, newest last. */
export function usePreviousAttempts(attempt: Attempt) {
  return useQuery({
    queryKey: queryKeys.attempts.byScenario(attempt.profileId, attempt.scenarioId),
    queryFn: () => listAttemptsByScenario(appDatabase(), attempt.profileId, attempt.scenarioId),
    select: (attempts) =>
      attempts.filter((a) => a.status === 'completed' && a.id !== attempt.id && a.startedAt < attempt.startedAt),
  });
}
