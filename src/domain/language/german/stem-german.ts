// The Snowball German stemmer (Porter), plus a second stem for participles ("getestet", "ausgewertet",
// "dokumentiert") so that they meet "testen", "Auswertung" and "dokumentieren". Stems are match keys, not words.

const vowels = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'ü']);
const sEnding = new Set(['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'r', 't']);
const stEnding = new Set(['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 't']);
const separablePrefix =
  /^(ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|zu|zurück|um|durch|frei)ge(\p{L}{3,}(?:t|en))$/u;
// "abzugleichen" is "abgleichen" with the infinitive's "zu" inside.
const zuInfinitive = /^(ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|zu|zurück|um|durch|frei)zu(\p{L}{3,}en)$/u;

const isVowel = (c: string | undefined): boolean => c !== undefined && vowels.has(c);

/** Lower-case word with umlauts and ß folded. */
export function foldGerman(word: string): string {
  return word.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
}

/** Start of the region after the first non-vowel that follows a vowel, searching from `from`. */
function regionAfter(w: string, from: number): number {
  for (let i = from + 1; i < w.length; i++) if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
  return w.length;
}

function longestSuffix(w: string, suffixes: readonly string[]): string | undefined {
  return suffixes.find((s) => w.endsWith(s));
}

function step1(w: string, r1: number): string {
  const suffix = longestSuffix(w, ['ern', 'em', 'er', 'en', 'es', 'e', 's']);
  if (suffix === undefined || w.length - suffix.length < r1) return w;
  if (suffix === 's') return sEnding.has(w[w.length - 2] ?? '') ? w.slice(0, -1) : w;
  const cut = w.slice(0, -suffix.length);
  return (suffix === 'en' || suffix === 'es' || suffix === 'e') && cut.endsWith('niss') ? cut.slice(0, -1) : cut;
}

function step2(w: string, r1: number): string {
  const suffix = longestSuffix(w, ['est', 'en', 'er', 'et', 'st']);
  if (suffix === undefined || w.length - suffix.length < r1) return w;
  if (suffix !== 'st') return w.slice(0, -suffix.length);
  const before = w.length - 3;
  return before >= 3 && stEnding.has(w[before] ?? '') ? w.slice(0, -2) : w;
}

function step3(w: string, r1: number, r2: number): string {
  const suffix = longestSuffix(w, ['isch', 'lich', 'heit', 'keit', 'end', 'ung', 'ig', 'ik']);
  if (suffix === undefined || w.length - suffix.length < r2) return w;
  const cut = w.slice(0, -suffix.length);
  const inR2 = (s: string): boolean => cut.endsWith(s) && cut.length - s.length >= r2;
  if (suffix === 'end' || suffix === 'ung') return inR2('ig') && !cut.endsWith('eig') ? cut.slice(0, -2) : cut;
  if (suffix === 'ig' || suffix === 'ik' || suffix === 'isch') return cut.endsWith('e') ? w : cut;
  if (suffix === 'lich' || suffix === 'heit') {
    return (cut.endsWith('er') || cut.endsWith('en')) && cut.length - 2 >= r1 ? cut.slice(0, -2) : cut;
  }
  return inR2('lich') ? cut.slice(0, -4) : inR2('ig') ? cut.slice(0, -2) : cut;
}

/** Forms a participle may come from: "getestet" -> "testet", "teste"; "genehmigt" -> "genehmig"; "ausgewertet" -> "auswerte"; "abzugleichen" -> "abgleichen". */
function participleBases(word: string): string[] {
  const separable = separablePrefix.exec(word);
  const forms = [word];
  const infinitive = separable === null ? zuInfinitive.exec(word) : null;
  if (separable !== null) forms.push(`${separable[1] ?? ''}${separable[2] ?? ''}`);
  else if (infinitive !== null) forms.push(`${infinitive[1] ?? ''}${infinitive[2] ?? ''}`);
  else if (word.length >= 6 && word.startsWith('ge') && /(?:t|en)$/.test(word)) forms.push(word.slice(2));
  for (const form of [...forms]) {
    const ending = /^(\p{L}{3,}?[^aeiouäöü])(?:t|te|ten|tem|ter|tes)$/u.exec(form);
    if (ending?.[1] !== undefined) forms.push(ending[1]);
  }
  return forms.slice(1);
}

/** German stem of a lower-case word (Snowball). */
export function stemGerman(word: string): string {
  if (word.length < 3 || /\p{N}/u.test(word)) return word;
  // u and y between vowels act as consonants; upper case marks them for the region rules.
  let w = word.replace(/ß/g, 'ss').replace(/(?<=[aeiouyäöü])([uy])(?=[aeiouyäöü])/g, (c) => c.toUpperCase());
  const unadjusted = regionAfter(w, 0);
  const r1 = Math.max(unadjusted, 3);
  const r2 = regionAfter(w, unadjusted);
  w = step1(w, r1);
  w = step2(w, r1);
  w = step3(w, r1, r2);
  return foldGerman(w.toLowerCase());
}

/**
 * The Snowball stem, for participles also the stem of the verb they come from, and for a plural in -en of a noun
 * in -o ("Konten", "Risiken") the singular's stem, which Snowball leaves whole ("konto", "risiko").
 */
export function germanStems(word: string): string[] {
  const stems = [stemGerman(word)];
  if (word.length < 5 || /\p{N}/u.test(word)) return stems;
  const plural = /^(\p{L}{3,}[^aeiouäöü])en$/u.exec(word);
  if (plural?.[1] !== undefined && stems[0] === foldGerman(plural[1])) stems.push(`${stems[0]}o`);
  for (const base of participleBases(word)) {
    const stem = stemGerman(base);
    if (!stems.includes(stem)) stems.push(stem);
  }
  return stems;
}
