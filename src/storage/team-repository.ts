import type { Topic } from '@/domain/scenario/scenario-schema';
import { auditPlanSchema, type AuditPlan } from '@/domain/team/team-records';
import type { TeamAttempt, TeamPerson } from '@/domain/team/team-types';
import type { TrainerDatabase } from './database';
import { deleteSetting, getSetting, putSetting } from './settings-repository';

/** Where a person's data came from: one imported file. */
export type TeamSource = {
  id: string;
  profileId: string;
  /** The person's name from their newest report (sources go with the person when removed). */
  name: string;
  fileName: string;
  importedAt: string;
  sequence: number;
  createdAt: string;
};

export type TeamData = {
  people: TeamPerson[];
  attempts: TeamAttempt[];
  /** Newest import first. */
  sources: TeamSource[];
  /** Per person, what their kept report covers and whether it carries answer texts. */
  reports: { profileId: string; sequence: number; createdAt: string; topics: Topic[]; includesAnswers: boolean }[];
};

/** Everything imported, ready for teamReadiness: one consistent read of the three tables. */
export function loadTeam(db: TrainerDatabase): Promise<TeamData> {
  return db.transaction('r', [db.teamReports, db.teamSources], async () => {
    const [reports, sources] = await Promise.all([db.teamReports.toArray(), db.teamSources.toArray()]);
    const names = new Map(reports.map((record) => [record.profileId, record.report.payload.learner.name]));
    const people = reports
      .map(({ report: { payload } }) => payload.learner)
      .map(({ profileId, name, team }) => (team ? { profileId, name, team } : { profileId, name }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.profileId.localeCompare(b.profileId));
    return {
      people,
      attempts: reports.flatMap((record) => record.report.payload.attempts),
      sources: sources
        .map((source) => ({ ...source, name: names.get(source.profileId) ?? '' }))
        .sort((a, b) => b.importedAt.localeCompare(a.importedAt) || a.fileName.localeCompare(b.fileName)),
      reports: reports.map(({ report: { payload } }) => ({
        profileId: payload.learner.profileId,
        sequence: payload.sequence,
        createdAt: payload.createdAt,
        topics: payload.topics,
        includesAnswers: payload.includesAnswers,
      })),
    };
  });
}

/** Removes a person's report, pinned key and import sources in one transaction; their next file imports afresh. */
export function removePerson(db: TrainerDatabase, profileId: string): Promise<void> {
  return db.transaction('rw', [db.teamReports, db.teamKeys, db.teamSources], async () => {
    await db.teamSources.where('profileId').equals(profileId).delete();
    await db.teamKeys.delete(profileId);
    await db.teamReports.delete(profileId);
  });
}

/** The setting that holds the manager's next audit (see queryKeys.settings.detail). */
export const auditPlanSettingKey = 'team.auditPlan';

/** The next audit's date and kind, or undefined when not set (or unreadable: then it is as if not set). */
export async function getAuditPlan(db: TrainerDatabase): Promise<AuditPlan | undefined> {
  const parsed = auditPlanSchema.safeParse(await getSetting(db, auditPlanSettingKey));
  return parsed.success ? parsed.data : undefined;
}

/** Sets (or, with undefined, clears) the next audit. */
export async function setAuditPlan(db: TrainerDatabase, plan: AuditPlan | undefined): Promise<void> {
  if (plan === undefined) await deleteSetting(db, auditPlanSettingKey);
  else await putSetting(db, auditPlanSettingKey, auditPlanSchema.parse(plan));
}
