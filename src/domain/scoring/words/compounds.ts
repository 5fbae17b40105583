/** One part of a split compound, with its offset inside the word. */
export type CompoundPart = { text: string; offset: number };

const minimumPart = 3;

type Splitting = { isPart: (text: string) => boolean; linkers: readonly string[] };

function splitFrom(word: string, from: number, how: Splitting): CompoundPart[] | null {
  for (let end = word.length - minimumPart; end >= from + minimumPart; end--) {
    const prefix = word.slice(from, end);
    if (!how.isPart(prefix)) continue;
    for (const linker of how.linkers) {
      if (!word.startsWith(linker, end)) continue;
      const next = end + linker.length;
      if (word.length - next < minimumPart) continue;
      const rest = word.slice(next);
      if (how.isPart(rest))
        return [
          { text: prefix, offset: from },
          { text: rest, offset: next },
        ];
      const tail = splitFrom(word, next, how);
      if (tail !== null) return [{ text: prefix, offset: from }, ...tail];
    }
  }
  return null;
}

/**
 * Splits a lower-case word into known parts joined by the language's linking elements ("wiederherstellungstest" ->
 * wiederherstellung + s + test), longest first part first; null if it does not split.
 */
export function splitCompound(
  word: string,
  isPart: (text: string) => boolean,
  linkers: readonly string[],
): CompoundPart[] | null {
  if (word.length < 2 * minimumPart + 1) return null;
  return splitFrom(word, 0, { isPart, linkers });
}
