import type { Page } from '@playwright/test';

/** One attempt as the page's IndexedDB holds it: its stored answers and the answers of its snapshot's transcript. */
export type StoredInterview = { attemptId: string; status: string; stored: string[]; transcript: string[] };

/**
 * Reads the app's database through the page, outside the app's code: what a backup, Progress or a digest
 * would find. Texts are sorted, so equal lists mean the table holds exactly the transcript's answers.
 */
export function storedInterviews(page: Page): Promise<StoredInterview[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mock-audit-trainer');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T>(table: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(table).objectStore(table).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    type Turn = { role: string; answer?: { text: string } };
    type Attempt = { id: string; status: string; machineSnapshot?: { context?: { transcript?: Turn[] } } };
    const [attempts, answers] = await Promise.all([
      all<Attempt>('attempts'),
      all<{ attemptId: string; text: string }>('answers'),
    ]);
    db.close();
    return attempts.map((attempt) => ({
      attemptId: attempt.id,
      status: attempt.status,
      stored: answers
        .filter((a) => a.attemptId === attempt.id)
        .map((a) => a.text)
        .sort(),
      transcript: (attempt.machineSnapshot?.context?.transcript ?? [])
        .flatMap((turn) => (turn.role === 'learner' && turn.answer ? [turn.answer.text] : []))
        .sort(),
    }));
  });
}
