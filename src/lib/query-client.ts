import { QueryClient } from '@tanstack/react-query';

/** All data is local (IndexedDB), so queries never go stale on their own and never retry a network. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, networkMode: 'always', refetchOnWindowFocus: false },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
