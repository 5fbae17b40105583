import { locales, type Locale } from '@/domain/language/locale-codes';

/** The first supported language among the browser's preferences, else English. */
export function detectLanguage(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = locales.find((locale) => locale === base);
    if (match) return match;
  }
  return 'en';
}

export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The language in effect: the user's choice, else the browser's. */
export function effectiveLanguage(chosen: Locale | null): Locale {
  return chosen ?? detectLanguage(browserLanguages());
}
