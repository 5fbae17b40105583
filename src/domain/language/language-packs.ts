import { english } from './english/english-pack';
import { german } from './german/german-pack';
import type { LanguagePack } from './language-pack';
import type { Locale } from './locale-codes';

/** The scoring pack of every locale: the compiler insists on one for each entry of `languages.ts`. */
export const languagePacks: Readonly<Record<string, LanguagePack | undefined>> = {
  en: english,
  de: german,
} satisfies Record<Locale, LanguagePack>;
