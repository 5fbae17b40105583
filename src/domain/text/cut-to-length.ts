const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * The text cut to at most `maxLength` UTF-16 units (the unit of `maxlength` and of zod's `max`), never between
 * the two halves of a character outside the Basic Multilingual Plane (an emoji, say).
 */
export function cutToLength(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const end = maxLength > 0 && isHighSurrogate(text.charCodeAt(maxLength - 1)) ? maxLength - 1 : maxLength;
  return text.slice(0, Math.max(0, end));
}
