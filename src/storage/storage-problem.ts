import { BackupTooLargeError, InvalidRecordError } from './storage-errors';

/**
 * Why storing failed, in the few kinds the UI explains to the learner: three failures of the browser's storage,
 * two limits of the data (a text longer than its field allows, more data than one backup file holds), and
 * anything else.
 */
export const storageProblemKinds = [
  'quota-full',
  'unavailable',
  'blocked',
  'too-long',
  'too-large',
  'unknown',
] as const;
export type StorageProblemKind = (typeof storageProblemKinds)[number];

/** A storage failure as data: its kind, plus the error's name and text for the log (never shown as is). */
export type StorageProblem = { kind: StorageProblemKind; errorName: string; detail: string };

const browserFailures: ReadonlySet<StorageProblemKind> = new Set(['quota-full', 'unavailable', 'blocked']);

/** Whether the browser's storage failed (the app-wide banner's business), not a rule or limit of the data. */
export function isBrowserStorageFailure(problem: StorageProblem): boolean {
  return browserFailures.has(problem.kind);
}

// Browsers disagree on names: Firefox in private mode fails to open with InvalidStateError, Safari and
// Chromium with UnknownError when the disk or profile is broken, and a full disk surfaces as QuotaExceededError
// either directly or as the inner cause of an aborted transaction (AbortError).
const kindByName: Record<string, StorageProblemKind> = {
  QuotaExceededError: 'quota-full',
  MissingAPIError: 'unavailable',
  InvalidStateError: 'unavailable',
  UnknownError: 'unavailable',
  SecurityError: 'unavailable',
  OpenFailedError: 'unavailable',
  DatabaseClosedError: 'blocked',
  VersionChangeError: 'blocked',
  VersionError: 'blocked',
};

// Lower is more telling: a quota error wrapped in an abort is a quota problem.
const rank: Record<StorageProblemKind, number> = {
  'quota-full': 0,
  blocked: 1,
  unavailable: 2,
  'too-long': 3,
  'too-large': 3,
  unknown: 4,
};

function errorChain(error: unknown): { name: string; message: string }[] {
  const chain: { name: string; message: string }[] = [];
  let current: unknown = error;
  // Dexie keeps the native cause in `inner`; standard errors use `cause`. Five levels is more than either nests.
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth += 1) {
    const name: unknown = Reflect.get(current, 'name');
    const message: unknown = Reflect.get(current, 'message');
    chain.push({
      name: typeof name === 'string' ? name : 'Error',
      message: typeof message === 'string' ? message : '',
    });
    current = Reflect.get(current, 'inner') ?? Reflect.get(current, 'cause');
  }
  return chain;
}

/** Maps any error from Dexie or IndexedDB to a StorageProblem, by the most telling error name in its cause chain. */
export function toStorageProblem(error: unknown): StorageProblem {
  const chain = errorChain(error);
  const first = chain[0] ?? { name: typeof error, message: String(error) };
  const detail = first.message.slice(0, 500);
  if (error instanceof InvalidRecordError && error.tooLong) return { kind: 'too-long', errorName: first.name, detail };
  if (error instanceof BackupTooLargeError) return { kind: 'too-large', errorName: first.name, detail };
  let kind: StorageProblemKind = 'unknown';
  for (const link of chain) {
    const linkKind = kindByName[link.name] ?? 'unknown';
    if (rank[linkKind] < rank[kind]) kind = linkKind;
  }
  return { kind, errorName: first.name, detail };
}
