/** A trie over word sequences, for multi-word cues and synonyms. */
export type TrieNode<T> = { next: Map<string, TrieNode<T>>; value: T | undefined };

/** An empty trie. */
export function createTrie<T>(): TrieNode<T> {
  return { next: new Map(), value: undefined };
}

/** Adds a word path; merge decides what happens when the path already holds a value. */
export function trieInsert<T>(
  root: TrieNode<T>,
  path: readonly string[],
  value: T,
  merge: (old: T, added: T) => T,
): void {
  if (path.length === 0) return;
  let node = root;
  for (const word of path) {
    let child = node.next.get(word);
    if (child === undefined) {
      child = createTrie<T>();
      node.next.set(word, child);
    }
    node = child;
  }
  node.value = node.value === undefined ? value : merge(node.value, value);
}

/** Longest path from the start that holds a value; wordAt(k) gives the k-th word or null to stop. */
export function trieLongest<T>(
  root: TrieNode<T>,
  wordAt: (k: number) => string | null,
): { length: number; value: T } | null {
  let node: TrieNode<T> | undefined = root;
  let best: { length: number; value: T } | null = null;
  for (let k = 0; node !== undefined; k++) {
    const word = wordAt(k);
    if (word === null) break;
    node = node.next.get(word);
    if (node?.value !== undefined) best = { length: k + 1, value: node.value };
  }
  return best;
}
