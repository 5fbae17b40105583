/** One part of a split German compound, with its offset inside the word. */
export type CompoundPart = { text: string; offset: number };

// Linking elements between compound parts: "Wiederherstellung-s-test", "Patch-es-", "Woche-n-bericht".
const linkers = ['', 's', 'es', 'n', 'en', 'e', 'er'] as const;
const minimumPart = 3;

function splitFrom(word: string, from: number, isPart: (text: string) => boolean): CompoundPart[] | null {
  for (let end = word.length - minimumPart; end >= from + minimumPart; end--) {
    const prefix = word.slice(from, end);
    if (!isPart(prefix)) continue;
    for (const linker of linkers) {
      if (!word.startsWith(linker, end)) continue;
      const next = end + linker.length;
      if (word.length - next < minimumPart) continue;
      const rest = word.slice(next);
      if (isPart(rest))
        return [
          { text: prefix, offset: from },
          { text: rest, offset: next },
        ];
      const tail = splitFrom(word, next, isPart);
      if (tail !== null) return [{ text: prefix, offset: from }, ...tail];
    }
  }
  return null;
}

/** Splits a lower-case German word into known parts ("wiederherstellungstest" -> wiederherstellung + test), longest first part first; null if it does not split. */
export function splitCompound(word: string, isPart: (text: string) => boolean): CompoundPart[] | null {
  if (word.length < 2 * minimumPart + 1) return null;
  return splitFrom(word, 0, isPart);
}
