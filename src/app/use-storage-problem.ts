import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { openTrainerDatabase } from '@/storage/database';
import { isBrowserStorageFailure, toStorageProblem, type StorageProblem } from '@/storage/storage-problem';

type CacheEvent = { type: string; action?: { type: string; error?: unknown } };

// Only failures of the browser's storage belong in the banner; a rule or limit of the data, or a bad input
// that a feature refuses, is that feature's to explain.
function storageFailureOf(event: CacheEvent): StorageProblem | null {
  if (event.type !== 'updated' || event.action?.type !== 'error') return null;
  const problem = toStorageProblem(event.action.error);
  return isBrowserStorageFailure(problem) ? problem : null;
}

/**
 * The storage problem of this page, if any: the database cannot be opened at all, or a query or change of the
 * data areas failed in the browser's storage. The first problem found is kept.
 */
export function useStorageProblem(client: QueryClient): StorageProblem | null {
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  useEffect(() => {
    let live = true;
    const report = (found: StorageProblem | null) => {
      if (live && found) setProblem((current) => current ?? found);
    };
    // A probe connection of its own: the app's shared one opens lazily, and a failed open must not stick to it.
    void openTrainerDatabase().then((result) => (result.ok ? result.db.close() : report(result.problem)));
    const stopQueries = client.getQueryCache().subscribe((event) => report(storageFailureOf(event)));
    const stopMutations = client.getMutationCache().subscribe((event) => report(storageFailureOf(event)));
    return () => {
      live = false;
      stopQueries();
      stopMutations();
    };
  }, [client]);
  return problem;
}
