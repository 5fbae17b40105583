import { Dexie, type ObservabilitySet } from 'dexie';
import { isTableName, tableNames, type TableName } from './tables';

export type StoredDataChange = { tables: TableName[] };

/**
 * Which tables of one database a 'storagemutated' notice touches. Its keys look like
 * `idb://<database>/<table>/<index>`; the key `all` (sent when a page returns from the back-forward cache)
 * means anything may have changed.
 */
export function changedTables(parts: Readonly<Record<string, unknown>>, databaseName: string): TableName[] {
  if (Object.hasOwn(parts, 'all')) return [...tableNames];
  const prefix = `idb://${databaseName}/`;
  const tables = new Set<TableName>();
  for (const key of Object.keys(parts)) {
    if (!key.startsWith(prefix)) continue;
    const table = key.slice(prefix.length).split('/')[0] ?? '';
    if (isTableName(table)) tables.add(table);
  }
  return [...tables];
}

/**
 * Calls back after every committed write to the named database, from this tab or any other tab or worker of
 * the app (Dexie relays its 'storagemutated' event through a BroadcastChannel). The app invalidates its
 * react-query caches here (see queryKeysForTables). Returns the unsubscribe function.
 */
export function onStoredDataChange(db: { name: string }, callback: (change: StoredDataChange) => void): () => void {
  const listener = (parts: ObservabilitySet) => {
    const tables = changedTables(parts, db.name);
    if (tables.length > 0) callback({ tables });
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
