import { editDistance } from '@/domain/text/edit-distance';

/**
 * A phrase word that a misspelt answer word may stand for. A German compound of a phrase ("Wiederherstellungstest")
 * is an entry of its own with the keys of each part, so that a misspelt compound fills the part slots.
 */
export type FuzzyEntry = {
  word: string;
  stem: string;
  keys: readonly string[];
  parts?: readonly (readonly string[])[];
};
/** Phrase words grouped by first letter: typos rarely hit the first letter, and the grouping keeps lookups cheap. */
export type FuzzyIndex = ReadonlyMap<string, readonly FuzzyEntry[]>;

/** Edit budget by length: none under 5 letters, 1 from 5, 2 from 9. */
export function typoBudget(length: number): number {
  if (length >= 9) return 2;
  return length >= 5 ? 1 : 0;
}

/** Groups phrase words for typo lookups; words under 5 letters and numbers never take part. */
export function buildFuzzyIndex(entries: readonly FuzzyEntry[]): FuzzyIndex {
  const index = new Map<string, FuzzyEntry[]>();
  for (const entry of entries) {
    if (entry.word.length < 5 || /\p{N}/u.test(entry.word)) continue;
    const first = entry.word[0] ?? '';
    const list = index.get(first) ?? [];
    if (!list.some((e) => e.word === entry.word)) list.push(entry);
    index.set(first, list);
  }
  return index;
}

const within = (a: string, b: string): boolean => {
  const budget = typoBudget(Math.min(a.length, b.length));
  return budget > 0 && a !== b && editDistance(a, b, { swaps: true, budget }) <= budget;
};

/** The phrase word an answer word is a likely misspelling of, or null. */
export function fuzzyEntry(word: string, stem: string, index: FuzzyIndex): FuzzyEntry | null {
  if (word.length < 5 || /\p{N}/u.test(word)) return null;
  for (const entry of index.get(word[0] ?? '') ?? []) {
    if (within(word, entry.word) || (stem.length >= 5 && entry.stem.length >= 5 && within(stem, entry.stem))) {
      return entry;
    }
  }
  return null;
}
