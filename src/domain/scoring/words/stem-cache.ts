import { packFor } from '@/domain/language/pack-for';
import type { Locale } from '@/domain/scenario/locale';

// Stemming dominates the cost of scoring a long answer; the same words recur in every keystroke.
const limit = 50_000;
const stemCaches = new Map<Locale, Map<string, string>>();
const variantCaches = new Map<Locale, Map<string, readonly string[]>>();

function cacheOf<T>(caches: Map<Locale, Map<string, T>>, locale: Locale): Map<string, T> {
  const known = caches.get(locale);
  if (known !== undefined) return known;
  const cache = new Map<string, T>();
  caches.set(locale, cache);
  return cache;
}

/** Stem of a lower-case word with the stemmer of the language's pack, memoised. */
export function stemWord(word: string, locale: Locale): string {
  const cache = cacheOf(stemCaches, locale);
  const known = cache.get(word);
  if (known !== undefined) return known;
  if (cache.size >= limit) cache.clear();
  const stem = packFor(locale).stem(word);
  cache.set(word, stem);
  return stem;
}

/** All stems of a word: German participles get a second one ("getestet" also stems like "testen"). */
export function stemVariants(word: string, locale: Locale): readonly string[] {
  const variants = packFor(locale).stemVariants;
  if (variants === undefined) return [stemWord(word, locale)];
  const cache = cacheOf(variantCaches, locale);
  const known = cache.get(word);
  if (known !== undefined) return known;
  if (cache.size >= limit) cache.clear();
  const stems = variants(word);
  cache.set(word, stems);
  return stems;
}
