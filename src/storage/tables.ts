/** The database's tables; progressDigests is derived from attempts and answers and never backed up. */
export const tableNames = [
  'profiles',
  'attempts',
  'answers',
  'customScenarios',
  'settings',
  'outbox',
  'progressDigests',
] as const;
export type TableName = (typeof tableNames)[number];

export function isTableName(name: string): name is TableName {
  return (tableNames as readonly string[]).includes(name);
}
