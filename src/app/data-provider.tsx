import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { createQueryClient } from '@/lib/query-client';
import { onStoredDataChange } from '@/storage/changes';
import { appDatabase } from '@/storage/database';
import { queryKeysForTables } from '@/storage/query-keys';
import { StorageProblemBanner } from './storage-problem-banner';

let appClient: QueryClient | undefined;

/** Refreshes cached queries after any write to the database, from this tab or another one. */
function useStoredDataFollowing(client: QueryClient) {
  useEffect(
    () =>
      onStoredDataChange(appDatabase(), ({ tables }) => {
        for (const queryKey of queryKeysForTables(tables)) void client.invalidateQueries({ queryKey });
      }),
    [client],
  );
}

/** The react-query cache for the areas that read stored data, and the storage-problem banner; loaded with the first such area. */
export function DataProvider({ client, children }: { client?: QueryClient; children: ReactNode }) {
  appClient ??= createQueryClient();
  const active = client ?? appClient;
  useStoredDataFollowing(active);
  return (
    <QueryClientProvider client={active}>
      <StorageProblemBanner client={active} />
      {children}
    </QueryClientProvider>
  );
}
