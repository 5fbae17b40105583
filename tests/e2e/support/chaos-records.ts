import type { Page } from '@playwright/test';
import { checkPageSearch } from './chaos-browser';

/** What the device holds for one attempt, read straight from IndexedDB, as the app's own pages would find it. */
export type StoredInterview = {
  /** null when the attempt record is missing altogether. */
  status: string | null;
  /** The answer texts of the stored snapshot's transcript, in order; null when no transcript could be found. */
  transcript: string[] | null;
  /** The answers table's rows of this attempt, ordered by `givenAt`. */
  rows: { id: string; text: string; givenAt: string }[];
};

/** Opens the app's origin with the app kept from starting (see `checkPageSearch`), to read the device as it is. */
export async function openCheckPage(page: Page): Promise<void> {
  await page.goto(`/${checkPageSearch}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState !== 'loading');
}

/**
 * Reads the `attempts` and `answers` tables of the `mock-audit-trainer` database in the page, without the app's
 * code. Call it on a page of the app's origin.
 */
export async function readStoredInterview(page: Page, attemptId: string): Promise<StoredInterview> {
  const raw = await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mock-audit-trainer');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const transaction = db.transaction(['attempts', 'answers'], 'readonly');
      const read = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const attempt = await read(transaction.objectStore('attempts').get(id));
      const answers = (await read(transaction.objectStore('answers').getAll())) as {
        id: string;
        attemptId: string;
        text: string;
        givenAt: string;
      }[];
      return { attempt: attempt as unknown, answers: answers.filter((a) => a.attemptId === id) };
    } finally {
      db.close();
    }
  }, attemptId);
  const attempt = raw.attempt as { status?: string; machineSnapshot?: unknown } | undefined;
  const rows = raw.answers
    .map(({ id, text, givenAt }) => ({ id, text, givenAt }))
    .sort((a, b) => (a.givenAt < b.givenAt ? -1 : a.givenAt > b.givenAt ? 1 : 0));
  return {
    status: attempt?.status ?? null,
    transcript: attempt ? transcriptAnswers(attempt.machineSnapshot) : null,
    rows,
  };
}

type Turn = { role?: unknown; answer?: { text?: unknown } };

/**
 * The learner's answer texts in the interview actor's persisted snapshot (`context.transcript`). Found wherever
 * the snapshot sits inside the stored value, so a snapshot wrapped with a version still reads.
 */
export function transcriptAnswers(snapshot: unknown, depth = 0): string[] | null {
  if (!snapshot || typeof snapshot !== 'object' || depth > 4) return null;
  const context = (snapshot as { context?: { transcript?: unknown } }).context;
  if (context && Array.isArray(context.transcript))
    return (context.transcript as Turn[])
      .filter((turn) => turn.role === 'learner')
      .map((turn) => String(turn.answer?.text ?? ''));
  for (const value of Object.values(snapshot)) {
    const found = transcriptAnswers(value, depth + 1);
    if (found) return found;
  }
  return null;
}
