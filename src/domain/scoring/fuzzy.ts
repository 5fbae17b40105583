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

/** Optimal-string-alignment distance (a swap of neighbours costs 1), or budget + 1 once it is exceeded. */
export function boundedDistance(a: string, b: string, budget: number): number {
  if (Math.abs(a.length - b.length) > budget) return budget + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > budget) return budget + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? budget + 1;
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
  return budget > 0 && a !== b && boundedDistance(a, b, budget) <= budget;
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
