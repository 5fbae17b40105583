import type { LanguagePack } from './language-pack';
import { languagePacks } from './language-packs';
import { locales, type Locale } from './locale-codes';

/** The scoring pack of a locale. */
export function packFor(locale: Locale): LanguagePack {
  const pack = languagePacks[locale];
  if (pack === undefined) throw new Error(`No language pack for "${locale}"`);
  return pack;
}

/** The packs of every locale, English first. */
export function allPacks(): LanguagePack[] {
  return locales.map(packFor);
}
