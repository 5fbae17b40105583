/**
 * The text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, for places that take plain text only (a
 * tab title): bidi controls inside it cannot reorder what stands around it, as in a `<bdi>`.
 */
export function isolateText(text: string): string {
  return `\u2068${text}\u2069`;
}
