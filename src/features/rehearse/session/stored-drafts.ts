import { useQuery } from '@tanstack/react-query';
import { draftPositionKey } from '@/domain/records/draft-schema';
import { appDatabase } from '@/storage/database';
import { listDrafts } from '@/storage/draft-repository';
import { queryKeys } from '@/storage/query-keys';

const noDrafts: ReadonlyMap<string, string> = new Map();

/**
 * The texts of an attempt's stored drafts by position key, read afresh every time the interview opens (a box
 * closed a moment ago may have saved its text since), and undefined until then. A failed read gives no drafts:
 * the interview still runs.
 */
export function useStoredDrafts(attemptId: string): ReadonlyMap<string, string> | undefined {
  const drafts = useQuery({
    queryKey: queryKeys.drafts.byAttempt(attemptId),
    queryFn: async () =>
      new Map((await listDrafts(appDatabase(), attemptId)).map((d) => [draftPositionKey(d), d.text])),
    refetchOnMount: 'always',
    gcTime: 0,
  });
  if (drafts.isError) return noDrafts;
  return drafts.isFetchedAfterMount ? drafts.data : undefined;
}
