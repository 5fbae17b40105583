import { z } from 'zod';
import { locales, type Locale } from '@/domain/language/locale-codes';

export { isLocale, locales, type Locale } from '@/domain/language/locale-codes';
export const localeSchema = z.enum(locales);

type OtherLocale = Exclude<Locale, 'en'>;
type ByLocale<T extends z.ZodType> = { en: T } & { [L in OtherLocale]: z.ZodOptional<T> };

// One key per registered locale, in the list's order: a new locale is accepted in scenario files at once.
function byLocale<T extends z.ZodType>(value: T) {
  const shape = Object.fromEntries(locales.map((locale) => [locale, locale === 'en' ? value : value.optional()]));
  return z.object(shape as ByLocale<T>).strict();
}

/** Text per locale; English is required, other locales are checked as missing translations. */
export const localizedTextSchema = byLocale(z.string().trim().min(1));
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Phrase lists per locale: the words an employee may use for one idea. */
export const localizedPhrasesSchema = byLocale(z.array(z.string().trim().min(1)).min(1));
export type LocalizedPhrases = z.infer<typeof localizedPhrasesSchema>;

/** The text in the wanted locale, falling back to English. */
export function pickText(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text.en;
}
