import type { Answer } from '@/domain/records/answer-schema';
import type { Attempt } from '@/domain/records/attempt-schema';
import type { Scenario, Topic } from '@/domain/scenario/scenario-schema';
import { readinessReportFileName, serializeReadinessReport } from '@/domain/team/readiness-report-file';
import {
  currentReadinessReportVersion,
  readinessReportFormat,
  type ReadinessReportPayload,
} from '@/domain/team/readiness-report-schema';
import { exportPublicJwk, generateSigningKeyPair, signPayload } from '@/domain/team/readiness-report-signature';
import { signingKeyRecordSchema, type SigningKeyRecord } from '@/domain/team/team-records';
import { teamAttemptFromRecords } from '@/domain/team/team-attempt-from-records';
import type { TrainerDatabase } from './database';
import { nowIso } from './ids';
import { checkedRecord } from './record-check';

export type ReadinessExportOptions = {
  topics: readonly Topic[];
  includeAnswers: boolean;
  /** The scenarios the attempts were made with (for labels and the list of main questions). */
  scenarios: readonly Scenario[];
  /** A team or group label for the manager's filters. */
  team?: string;
  appVersion?: string;
};

export type ReadinessExport = {
  fileName: string;
  text: string;
  /** Exactly what the file contains, signed: the preview shows it before the learner saves. */
  preview: ReadinessReportPayload;
};

export class ProfileNotFoundError extends Error {
  constructor(profileId: string) {
    super(`no profile ${profileId}`);
    this.name = 'ProfileNotFoundError';
  }
}

const defaultAppVersion = '0.1.0';

/**
 * The profile's signing key, made on first use. WebCrypto is asynchronous and an IndexedDB transaction
 * commits while it waits, so the key is generated outside and stored only if no other tab stored one first.
 */
async function ensureSigningKey(db: TrainerDatabase, profileId: string): Promise<void> {
  if (await db.signingKeys.get(profileId)) return;
  const pair = await generateSigningKeyPair();
  const record = checkedRecord(signingKeyRecordSchema, 'signingKey', {
    profileId,
    privateKey: pair.privateKey,
    publicKey: await exportPublicJwk(pair.publicKey),
    nextSequence: 1,
    createdAt: nowIso(),
  });
  await db.transaction('rw', db.signingKeys, async () => {
    if (!(await db.signingKeys.get(profileId))) await db.signingKeys.add(record);
  });
}

type Reserved = { key: SigningKeyRecord; sequence: number; name: string; attempts: Attempt[]; answers: Answer[] };

/**
 * Reads the learner's records and reserves the next sequence number in one read-write transaction, so two
 * exports (in two tabs too) never share a number and the file matches the records of one moment.
 */
function reserve(db: TrainerDatabase, profileId: string, topics: readonly Topic[]): Promise<Reserved> {
  return db.transaction('rw', [db.signingKeys, db.profiles, db.attempts, db.answers], async () => {
    const profile = await db.profiles.get(profileId);
    const key = await db.signingKeys.get(profileId);
    if (!profile || !key) throw new ProfileNotFoundError(profileId);
    const attempts = await db.attempts
      .where('profileId')
      .equals(profileId)
      .filter((attempt) => attempt.status === 'completed' && topics.includes(attempt.topic))
      .toArray();
    const answers = await db.answers
      .where('attemptId')
      .anyOf(attempts.map((attempt) => attempt.id))
      .toArray();
    const sequence = key.nextSequence;
    await db.signingKeys.put(
      checkedRecord(signingKeyRecordSchema, 'signingKey', { ...key, nextSequence: sequence + 1 }),
    );
    return { key, sequence, name: profile.name, attempts, answers };
  });
}

/**
 * A signed readiness report of the learner's own completed attempts on the chosen topics, answer texts only
 * when asked. Each export gets the next sequence number. Attempts whose scenario is not in `scenarios` are left
 * out (their labels and questions are unknown).
 */
export async function exportReadinessReport(
  db: TrainerDatabase,
  profileId: string,
  options: ReadinessExportOptions,
): Promise<ReadinessExport> {
  await ensureSigningKey(db, profileId);
  const { key, sequence, name, attempts, answers } = await reserve(db, profileId, options.topics);
  const scenarioById = new Map(options.scenarios.map((scenario) => [scenario.id, scenario]));
  const teamAttempts = attempts
    .flatMap((attempt) => {
      const scenario = scenarioById.get(attempt.scenarioId);
      if (!scenario) return [];
      const own = answers.filter((answer) => answer.attemptId === attempt.id);
      return teamAttemptFromRecords(attempt, own, scenario, options.includeAnswers) ?? [];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
  const team = options.team?.trim();
  const payload: ReadinessReportPayload = {
    format: readinessReportFormat,
    formatVersion: currentReadinessReportVersion,
    appVersion: options.appVersion ?? defaultAppVersion,
    createdAt: nowIso(),
    learner: { profileId, name, ...(team ? { team } : {}) },
    sequence,
    publicKey: key.publicKey,
    topics: [...new Set(options.topics)],
    includesAnswers: options.includeAnswers,
    attempts: teamAttempts,
  };
  const signature = await signPayload(key.privateKey, payload);
  return {
    fileName: readinessReportFileName(payload),
    text: serializeReadinessReport({ payload, signature }),
    preview: payload,
  };
}
