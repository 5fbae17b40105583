import type { Page } from '@playwright/test';

/** The texts of the drafts stored in the app's database, read with plain IndexedDB (none before the table exists). */
export function storedDraftTexts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('mock-audit-trainer');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('drafts')) {
            db.close();
            return resolve([]);
          }
          const all = db.transaction('drafts').objectStore('drafts').getAll();
          all.onerror = () => (db.close(), reject(all.error));
          all.onsuccess = () => {
            db.close();
            resolve((all.result as { text: string }[]).map((draft) => draft.text));
          };
        };
      }),
  );
}
