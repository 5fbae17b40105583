import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createQueryClient } from '@/lib/query-client';

let appClient: QueryClient | undefined;

/** The react-query cache for the areas that read stored data; loaded with the first such area. */
export function DataProvider({ client, children }: { client?: QueryClient; children: ReactNode }) {
  appClient ??= createQueryClient();
  return <QueryClientProvider client={client ?? appClient}>{children}</QueryClientProvider>;
}
