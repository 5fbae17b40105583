import { languages, type Language } from './languages';

// Kept free of zod so the app shell can use the locale list without loading the schema library.

export type Locale = (typeof languages)[number]['code'];

/** Languages the interface and scenario content come in; English is the source language. */
export const locales: readonly Locale[] = languages.map((language) => language.code);

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The list entry of a locale. */
export function languageOf(locale: Locale): Language {
  const language: Language | undefined = languages.find((entry) => entry.code === locale);
  if (language === undefined) throw new Error(`"${locale}" is not in the list of languages`);
  return language;
}
