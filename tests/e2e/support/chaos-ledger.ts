import type { StoredInterview } from './chaos-records';

/** The promises the chaos test holds the app to, each counted on its own in the summary. */
export const invariants = {
  'table-equals-transcript': 'the answers table holds exactly the answers of the snapshot transcript',
  'lost-answer': 'an answer reported "Saved" is in the answers table',
  'lost-from-transcript': 'an answer reported "Saved" is in the stored transcript',
  'attempt-completed': 'an interview whose end was reported "Saved" is stored as completed',
  'draft-kept': 'after an interruption the answer box holds the draft, short of at most the last second of typing',
  'draft-typed': 'a restored draft is a prefix of what was typed, never longer',
  'draft-fresh': 'a new question starts with an empty answer box',
  'submitted-text-kept': 'a submitted answer that was not stored comes back as a draft',
  'interview-owned':
    'after a reload, a restart or a SIGKILL the interview goes on in the learner\'s only tab within a few seconds, with no "Continue here"',
  'interview-runs': 'the interview can be carried on after every interruption',
} as const;
export type Invariant = keyof typeof invariants;

/** The draft promises: skipped with CHAOS_DRAFTS=0 while the app keeps no drafts. */
export const draftInvariants: ReadonlySet<Invariant> = new Set([
  'draft-kept',
  'draft-typed',
  'draft-fresh',
  'submitted-text-kept',
]);

export type Violation = { interview: number; invariant: Invariant; detail: string };

/** One answer the learner gave; `reportedSaved` once the page said "Saved on this device" after it. */
export type GivenAnswer = { text: string; reportedSaved: boolean; lost: boolean };

/** Letters typed one by one, each with the time its key event was delivered, then an interruption. */
export type TypedRun = { text: string; times: number[]; interruptedAt: number };

const short = (text: string) => JSON.stringify(text.length > 48 ? `${text.slice(0, 45)}...` : text);

function count(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return counts;
}

/** Texts of `expected` (with repeats) that `actual` lacks. */
function missing(expected: readonly string[], actual: readonly string[]): string[] {
  const have = count(actual);
  const result: string[] = [];
  for (const text of expected) {
    const left = have.get(text) ?? 0;
    if (left > 0) have.set(text, left - 1);
    else result.push(text);
  }
  return result;
}

/** The answers table against the stored transcript: same texts, same order, nothing more. */
export function compareTableWithTranscript(stored: StoredInterview): string | null {
  if (stored.transcript === null) return `no transcript stored (attempt ${stored.status ?? 'missing'})`;
  const rows = stored.rows.map((row) => row.text);
  const transcript = stored.transcript;
  if (rows.length === transcript.length && rows.every((text, i) => text === transcript[i])) return null;
  const notInTable = missing(transcript, rows);
  const notInTranscript = missing(rows, transcript);
  const parts = [`table ${rows.length} rows, transcript ${transcript.length} answers`];
  if (notInTable.length) parts.push(`missing from the table: ${notInTable.map(short).join(', ')}`);
  if (notInTranscript.length) parts.push(`not in the transcript: ${notInTranscript.map(short).join(', ')}`);
  if (!notInTable.length && !notInTranscript.length) parts.push('same answers in another order');
  return parts.join('; ');
}

/**
 * Marks the answers reported saved that the device does not hold, and says which are newly found missing
 * from the table and from the stored transcript. An answer counts as lost once, however often it is seen missing.
 */
export function findLostAnswers(
  given: GivenAnswer[],
  stored: StoredInterview,
): { table: GivenAnswer[]; transcript: GivenAnswer[] } {
  const saved = given.filter((answer) => answer.reportedSaved);
  const missingFrom = (texts: readonly string[]) => {
    const absent = count(
      missing(
        saved.map((answer) => answer.text),
        texts,
      ),
    );
    // With repeated texts (declined follow-ups are all empty) the latest ones are taken as the missing ones.
    return saved.toReversed().filter((answer) => {
      const left = absent.get(answer.text) ?? 0;
      if (!left) return false;
      absent.set(answer.text, left - 1);
      return true;
    });
  };
  const fromTable = missingFrom(stored.rows.map((row) => row.text));
  const fromTranscript = missingFrom(stored.transcript ?? []);
  const fresh = (answers: GivenAnswer[]) => answers.filter((answer) => !answer.lost);
  const result = { table: fresh(fromTable), transcript: fresh(fromTranscript) };
  for (const answer of [...fromTable, ...fromTranscript]) answer.lost = true;
  return result;
}

export type DraftCheck = {
  lostChars: number;
  lostMs: number;
  problem: { invariant: Invariant; detail: string } | null;
};

/**
 * What came back in the answer box after typing was interrupted: a prefix of the typed text (never longer),
 * missing at most the letters typed within `windowMs` before the interruption.
 */
export function checkRestoredDraft(run: TypedRun, restored: string, windowMs: number): DraftCheck {
  const typed = run.text;
  if (restored.length > typed.length || !typed.startsWith(restored))
    return {
      lostChars: Math.max(0, typed.length - restored.length),
      lostMs: 0,
      problem: { invariant: 'draft-typed', detail: `typed ${short(typed)}, the box holds ${short(restored)}` },
    };
  const lostChars = typed.length - restored.length;
  const lostMs = lostChars ? run.interruptedAt - run.times[restored.length]! : 0;
  const problem =
    lostMs > windowMs
      ? {
          invariant: 'draft-kept' as const,
          detail: `typed ${typed.length} letters over ${run.interruptedAt - run.times[0]!} ms, ${restored.length} came back: the last ${lostChars} (${lostMs} ms of typing) are lost`,
        }
      : null;
  return { lostChars, lostMs, problem };
}

/** How many of the typed letters must come back: all typed longer than `windowMs` before the interruption. */
export function lettersDue(run: TypedRun, windowMs: number): number {
  return run.times.filter((time) => time < run.interruptedAt - windowMs).length;
}
