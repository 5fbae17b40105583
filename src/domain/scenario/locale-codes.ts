// Kept free of zod so the app shell can use the locale list without loading the schema library.

/** Languages the interface and scenario content come in; English is the source language. */
export const locales = ['en', 'de'] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
