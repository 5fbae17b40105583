import { readReadinessReport } from '@/domain/team/readiness-report-read';
import type { ReportProblem } from '@/domain/team/readiness-report-problem';
import { sameKey } from '@/domain/team/readiness-report-signature';
import type { SignedReadinessReport } from '@/domain/team/readiness-report-schema';
import {
  importSourceRecordSchema,
  pinnedKeyRecordSchema,
  verifiedTeamReportRecordSchema,
} from '@/domain/team/team-records';
import type { TrainerDatabase } from './database';
import { newId, nowIso } from './ids';
import { checkedRecord } from './record-check';

export type ImportOutcome = 'imported' | 'replaced-older' | 'refused' | 'key-changed-warning';

/** Why a file was refused; `key-changed` comes with the outcome `key-changed-warning`. */
export type ImportRefusal = 'invalid-file' | 'bad-signature' | 'key-changed' | 'older-sequence' | 'already-imported';

export type ImportFileResult = {
  name: string;
  outcome: ImportOutcome;
  /** A plain sentence for the manager: what was imported, or why not (with the field and line when known). */
  message: string;
  /** The learner the file is for, when it could be read. */
  profileId?: string;
  learnerName?: string;
  refusal?: ImportRefusal;
  /** Every located problem of a file that could not be read. */
  problems?: ReportProblem[];
};

export type ImportFile = { name: string; text: string };

const describe = (report: SignedReadinessReport) =>
  `${report.payload.learner.name} (report ${report.payload.sequence} of ${report.payload.createdAt.slice(0, 10)})`;

/** Stores one verified report in its own transaction: pin check, sequence check and all writes, or nothing. */
function store(db: TrainerDatabase, name: string, report: SignedReadinessReport): Promise<ImportFileResult> {
  const { profileId } = report.payload.learner;
  const base = { name, profileId, learnerName: report.payload.learner.name };
  return db.transaction('rw', [db.teamReports, db.teamKeys, db.teamSources], async () => {
    const pinned = await db.teamKeys.get(profileId);
    if (pinned && !sameKey(pinned.publicKey, report.payload.publicKey))
      return {
        ...base,
        outcome: 'key-changed-warning' as const,
        refusal: 'key-changed' as const,
        message: `Not imported: ${describe(report)} is signed with a different key than the reports imported for ${report.payload.learner.name} before. It may not come from them. If they really moved to a new device or profile, remove their data first, then import it again.`,
      };
    const kept = await db.teamReports.get(profileId);
    if (kept && kept.report.signature === report.signature)
      return {
        ...base,
        outcome: 'refused' as const,
        refusal: 'already-imported' as const,
        message: `Already imported: ${describe(report)}.`,
      };
    if (kept && kept.report.payload.sequence >= report.payload.sequence)
      return {
        ...base,
        outcome: 'refused' as const,
        refusal: 'older-sequence' as const,
        message: `Not imported: ${describe(report)} is not newer than the report already kept (report ${kept.report.payload.sequence} of ${kept.report.payload.createdAt.slice(0, 10)}).`,
      };
    const importedAt = nowIso();
    await db.teamReports.put(
      checkedRecord(verifiedTeamReportRecordSchema, 'teamReport', { profileId, report, importedAt }),
    );
    if (!pinned)
      await db.teamKeys.put(
        checkedRecord(pinnedKeyRecordSchema, 'teamKey', {
          profileId,
          publicKey: report.payload.publicKey,
          pinnedAt: importedAt,
        }),
      );
    await db.teamSources.add(
      checkedRecord(importSourceRecordSchema, 'teamSource', {
        id: newId(),
        profileId,
        fileName: name.slice(0, 255),
        importedAt,
        sequence: report.payload.sequence,
        createdAt: report.payload.createdAt,
      }),
    );
    return kept
      ? {
          ...base,
          outcome: 'replaced-older' as const,
          message: `Imported ${describe(report)}; it replaces the older report ${kept.report.payload.sequence}.`,
        }
      : { ...base, outcome: 'imported' as const, message: `Imported ${describe(report)}.` };
  });
}

/**
 * Imports readiness report files, each on its own: read through the one door, signature verified, then stored
 * in a transaction of its own (so a refused or failing file writes nothing, and never stops the others). The
 * first report of a learner pins their public key; a later one signed by another key is refused with a
 * warning; the newest report (highest sequence) per learner is kept and an older or equal one refused.
 * Files are handled in the order given. Never rejects for a bad file; a storage failure rejects.
 */
export async function importReadinessReports(
  db: TrainerDatabase,
  files: readonly ImportFile[],
): Promise<ImportFileResult[]> {
  const results: ImportFileResult[] = [];
  for (const file of files) {
    const read = await readReadinessReport(file.text);
    if (!read.ok) {
      const first = read.problems[0];
      const refusal = first?.code === 'bad-signature' ? 'bad-signature' : 'invalid-file';
      results.push({
        name: file.name,
        outcome: 'refused',
        refusal,
        message: `Not imported: ${first?.path ? `${first.message}` : (first?.message ?? 'the file could not be read.')}`,
        problems: read.problems,
      });
      continue;
    }
    results.push(await store(db, file.name, read.report));
  }
  return results;
}
