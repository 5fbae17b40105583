import { z } from 'zod';
import { locales, type Locale } from './locale-codes';

export { isLocale, locales, type Locale } from './locale-codes';
export const localeSchema = z.enum(locales);

/** Text per locale; English is required, other locales are checked as missing translations. */
export const localizedTextSchema = z
  .object({ en: z.string().trim().min(1), de: z.string().trim().min(1).optional() })
  .strict();
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Phrase lists per locale: the words an employee may use for one idea. */
export const localizedPhrasesSchema = z
  .object({
    en: z.array(z.string().trim().min(1)).min(1),
    de: z.array(z.string().trim().min(1)).min(1).optional(),
  })
  .strict();
export type LocalizedPhrases = z.infer<typeof localizedPhrasesSchema>;

/** The text in the wanted locale, falling back to English. */
export function pickText(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text.en;
}
