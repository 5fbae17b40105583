import { Dexie, type Table } from 'dexie';
import type { AttemptDigest } from '@/domain/progress/attempt-digest';
import type { Answer } from '@/domain/records/answer-schema';
import type { Attempt } from '@/domain/records/attempt-schema';
import type { CustomScenario } from '@/domain/records/custom-scenario-schema';
import type { Draft } from '@/domain/records/draft-schema';
import type { OutboxItem } from '@/domain/records/outbox-item-schema';
import type { Profile } from '@/domain/records/profile-schema';
import type { Setting } from '@/domain/records/setting-schema';
import type {
  ImportSourceRecord,
  PinnedKeyRecord,
  SigningKeyRecord,
  TeamReportRecord,
} from '@/domain/team/team-records';
import { toStorageProblem, type StorageProblem } from './storage-problem';
import { declareAllVersions } from './versions/versions';

export const defaultDatabaseName = 'mock-audit-trainer';

/** The app's IndexedDB database; its schema is the list of numbered versions in ./versions. */
export class TrainerDatabase extends Dexie {
  declare profiles: Table<Profile, string>;
  declare attempts: Table<Attempt, string>;
  declare answers: Table<Answer, string>;
  declare customScenarios: Table<CustomScenario, string>;
  declare settings: Table<Setting, string>;
  declare outbox: Table<OutboxItem, string>;
  /** Derived: one per completed attempt, kept by the repositories in the same transactions as its sources. */
  declare progressDigests: Table<AttemptDigest, string>;
  /** Transient: the answer being typed, per attempt and position; never backed up. */
  declare drafts: Table<Draft, [string, string, string, number]>;
  /** A profile's signing key for readiness reports; never backed up (the private key cannot be exported). */
  declare signingKeys: Table<SigningKeyRecord, string>;
  /** Imported readiness reports, the newest per learner; pinned keys; the files they came from. Not backed up. */
  declare teamReports: Table<TeamReportRecord, string>;
  declare teamKeys: Table<PinnedKeyRecord, string>;
  declare teamSources: Table<ImportSourceRecord, string>;

  constructor(name: string = defaultDatabaseName) {
    super(name);
    declareAllVersions(this);
  }
}

export type OpenResult = { ok: true; db: TrainerDatabase } | { ok: false; problem: StorageProblem };

/** Opens (creating or upgrading) the database, or says in plain terms why the browser will not store anything. */
export async function openTrainerDatabase(name: string = defaultDatabaseName): Promise<OpenResult> {
  const db = new TrainerDatabase(name);
  try {
    await db.open();
    return { ok: true, db };
  } catch (error) {
    db.close();
    return { ok: false, problem: toStorageProblem(error) };
  }
}

let appDb: TrainerDatabase | undefined;

/** The app's one database connection, created on first use (Dexie opens it on the first query). */
export function appDatabase(): TrainerDatabase {
  appDb ??= new TrainerDatabase();
  return appDb;
}
