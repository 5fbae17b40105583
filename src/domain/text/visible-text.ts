// Whitespace, plus what renders as nothing at all: zero-width spaces and joiners, the byte-order mark, the bidi
// marks, embeddings, overrides and isolates, soft hyphens, Hangul fillers and the rest of Unicode's
// Default_Ignorable_Code_Point. An answer made only of these says nothing, however long it is.
const invisibleOnly = /^[\s\p{Default_Ignorable_Code_Point}]*$/u;

/** Whether a text shows nothing a reader could see: empty, only whitespace, or only invisible format characters. */
export function isBlankText(text: string): boolean {
  return invisibleOnly.test(text);
}
