import type { TableName } from './tables';

// One key factory for all stored data (react-query). Every key starts with its table's word, so invalidating
// the prefix (e.g. queryKeys.attempts.all) refreshes every query built on that table.

export const queryKeys = {
  profiles: {
    all: ['profiles'] as const,
    list: () => ['profiles', 'list'] as const,
  },
  attempts: {
    all: ['attempts'] as const,
    byProfile: (profileId: string) => ['attempts', 'by-profile', profileId] as const,
    byScenario: (profileId: string, scenarioId: string) => ['attempts', 'by-scenario', profileId, scenarioId] as const,
    open: (profileId: string) => ['attempts', 'open', profileId] as const,
    detail: (id: string) => ['attempts', 'detail', id] as const,
  },
  answers: {
    all: ['answers'] as const,
  },
  progress: {
    all: ['progress'] as const,
    byProfile: (profileId: string) => ['progress', 'by-profile', profileId] as const,
  },
  customScenarios: {
    all: ['custom-scenarios'] as const,
    library: () => ['custom-scenarios', 'library'] as const,
    detail: (id: string) => ['custom-scenarios', 'detail', id] as const,
  },
  settings: {
    all: ['settings'] as const,
    detail: (key: string) => ['settings', 'detail', key] as const,
  },
  outbox: {
    all: ['outbox'] as const,
  },
  drafts: {
    all: ['drafts'] as const,
    byAttempt: (attemptId: string) => ['drafts', 'by-attempt', attemptId] as const,
  },
  team: {
    all: ['team'] as const,
    data: () => ['team', 'data'] as const,
  },
  readinessExport: {
    all: ['readiness-export'] as const,
  },
  storage: {
    all: ['storage'] as const,
    usage: () => ['storage', 'usage'] as const,
    persisted: () => ['storage', 'persisted'] as const,
  },
};

export type QueryKeyPrefix = readonly string[];

// Progress is computed from attempts and answers (and the custom scenarios' topics), so it follows them;
// every write changes the space used.
const prefixesByTable: Record<TableName, readonly QueryKeyPrefix[]> = {
  profiles: [queryKeys.profiles.all, queryKeys.progress.all],
  attempts: [queryKeys.attempts.all, queryKeys.progress.all],
  answers: [queryKeys.answers.all, queryKeys.progress.all],
  customScenarios: [queryKeys.customScenarios.all, queryKeys.progress.all],
  settings: [queryKeys.settings.all],
  outbox: [queryKeys.outbox.all],
  progressDigests: [queryKeys.progress.all],
  // A draft is read once when its interview opens; refreshing anything on every keystroke's save would be waste.
  drafts: [],
  signingKeys: [queryKeys.readinessExport.all],
  teamReports: [queryKeys.team.all],
  teamKeys: [queryKeys.team.all],
  teamSources: [queryKeys.team.all],
};

/** The query-key prefixes to invalidate after the given tables changed (no duplicates). */
export function queryKeysForTables(tables: readonly TableName[]): QueryKeyPrefix[] {
  const seen = new Map<string, QueryKeyPrefix>();
  for (const prefix of [...tables.flatMap((table) => prefixesByTable[table]), queryKeys.storage.all])
    seen.set(prefix.join('/'), prefix);
  return tables.length > 0 ? [...seen.values()] : [];
}
