/**
 * The database's tables; progressDigests is derived from attempts and answers, drafts are transient, and
 * neither is ever backed up; nor are the readiness-report tables (signingKeys, teamReports, teamKeys,
 * teamSources: see the Decisions log).
 */
export const tableNames = [
  'profiles',
  'attempts',
  'answers',
  'customScenarios',
  'settings',
  'outbox',
  'progressDigests',
  'drafts',
  'signingKeys',
  'teamReports',
  'teamKeys',
  'teamSources',
] as const;
export type TableName = (typeof tableNames)[number];

export function isTableName(name: string): name is TableName {
  return (tableNames as readonly string[]).includes(name);
}
