import { useQuery } from '@tanstack/react-query';
import { appDatabase } from '@/storage/database';
import { loadProgress } from '@/storage/progress-loader';
import { queryKeys } from '@/storage/query-keys';
import { activeProfileIdQuery, profilesQuery, scenarioLibraryQuery } from '@/storage/shared-queries';

// The page lists only topics the learner attempted, so it loads progress without the library's topics. Its key
// extends the profile's progress key (invalidated with it) without sharing a cache entry with views of all topics.
const attemptedTopicsKey = (profileId: string) =>
  [...queryKeys.progress.byProfile(profileId), 'attempted-topics'] as const;

export const useScenarioLibrary = () => useQuery(scenarioLibraryQuery());
export const useProfiles = () => useQuery(profilesQuery());
export const useActiveProfileId = () => useQuery(activeProfileIdQuery());

/**
 * A learner's progress per attempted topic; computed once per change of their stored attempts. The library's
 * scenarios give each one's main questions, so a topic is ready only on an attempt that answered all of them.
 */
export function useTopicProgress(profileId: string | undefined) {
  const library = useScenarioLibrary();
  const questionsOf = (library.data?.scenarios ?? []).map((s) => ({
    id: s.id,
    topic: s.topic,
    questionIds: s.questions.map((q) => q.id),
  }));
  return useQuery({
    queryKey: [...attemptedTopicsKey(profileId ?? ''), questionsOf.map((s) => s.id).join(',')],
    queryFn: () => loadProgress(appDatabase(), profileId ?? '', [], { questionsOf }),
    enabled: Boolean(profileId) && library.isSuccess,
  });
}
