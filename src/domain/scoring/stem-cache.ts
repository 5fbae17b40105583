import type { Locale } from '@/domain/scenario/locale';
import { germanStems, stemGerman } from './stem-de';
import { stemEnglish } from './stem-en';

// Stemming dominates the cost of scoring a long answer; the same words recur in every keystroke.
const limit = 50_000;
const caches: Record<Locale, Map<string, string>> = { en: new Map(), de: new Map() };
const stemmers: Record<Locale, (word: string) => string> = { en: stemEnglish, de: stemGerman };

/** Stem of a lower-case word in the given language, memoised. */
export function stemWord(word: string, locale: Locale): string {
  const cache = caches[locale];
  const known = cache.get(word);
  if (known !== undefined) return known;
  if (cache.size >= limit) cache.clear();
  const stem = stemmers[locale](word);
  cache.set(word, stem);
  return stem;
}

const variantCache = new Map<string, readonly string[]>();

/** All stems of a word: German participles get a second one ("getestet" also stems like "testen"). */
export function stemVariants(word: string, locale: Locale): readonly string[] {
  if (locale === 'en') return [stemWord(word, 'en')];
  const known = variantCache.get(word);
  if (known !== undefined) return known;
  if (variantCache.size >= limit) variantCache.clear();
  const stems = germanStems(word);
  variantCache.set(word, stems);
  return stems;
}
