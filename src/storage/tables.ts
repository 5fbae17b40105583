/** The database's tables, in the order a backup lists them. */
export const tableNames = ['profiles', 'attempts', 'answers', 'customScenarios', 'settings', 'outbox'] as const;
export type TableName = (typeof tableNames)[number];

export function isTableName(name: string): name is TableName {
  return (tableNames as readonly string[]).includes(name);
}
