// The Porter (1980) suffix-stripping algorithm, written compactly. Stems are match keys, not words.

const irregular: Record<string, string> = {
  ran: 'run',
  ridden: 'ride',
  written: 'write',
  wrote: 'write',
  kept: 'keep',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  made: 'make',
  went: 'go',
  gone: 'go',
  did: 'do',
  done: 'do',
  held: 'hold',
  lost: 'lose',
  sent: 'send',
  built: 'build',
  bought: 'buy',
  brought: 'bring',
  caught: 'catch',
  found: 'find',
  knew: 'know',
  known: 'know',
  led: 'lead',
  met: 'meet',
  paid: 'pay',
  put: 'put',
  saw: 'see',
  seen: 'see',
  set: 'set',
  shown: 'show',
  shut: 'shut',
  sold: 'sell',
  told: 'tell',
  thought: 'think',
  understood: 'understand',
  children: 'child',
  men: 'man',
  women: 'woman',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  people: 'person',
  data: 'data',
  media: 'media',
  criteria: 'criterion',
  analyses: 'analysi',
  grew: 'grow',
  grown: 'grow',
  froze: 'freeze',
  frozen: 'freeze',
  rose: 'rise',
  risen: 'rise',
  fell: 'fall',
  fallen: 'fall',
  drew: 'draw',
  drawn: 'draw',
  threw: 'throw',
  thrown: 'throw',
  broke: 'break',
  broken: 'break',
  chose: 'choose',
  chosen: 'choose',
  began: 'begin',
  begun: 'begin',
  spun: 'spin',
  hung: 'hang',
  stuck: 'stick',
  struck: 'strike',
  lit: 'light',
  heard: 'hear',
  felt: 'feel',
  dealt: 'deal',
  meant: 'mean',
  became: 'become',
  came: 'come',
  better: 'good',
  best: 'good',
  worse: 'bad',
  worst: 'bad',
  more: 'more',
  most: 'more',
  less: 'less',
  least: 'less',
};

// Comparatives and superlatives of common adjectives stem to the adjective: "louder", "loudest" -> "loud".
const gradable = [
  'big',
  'bright',
  'cheap',
  'clean',
  'clear',
  'close',
  'cold',
  'cool',
  'dark',
  'deep',
  'dense',
  'dim',
  'dry',
  'early',
  'easy',
  'fast',
  'few',
  'fine',
  'firm',
  'flat',
  'full',
  'great',
  'hard',
  'heavy',
  'high',
  'hot',
  'large',
  'late',
  'light',
  'long',
  'loose',
  'loud',
  'low',
  'near',
  'new',
  'old',
  'quick',
  'quiet',
  'rough',
  'safe',
  'sharp',
  'short',
  'simple',
  'slow',
  'small',
  'smooth',
  'soft',
  'steep',
  'strong',
  'tall',
  'thick',
  'thin',
  'tight',
  'warm',
  'weak',
  'wet',
  'wide',
  'young',
  'busy',
  'calm',
  'cheap',
  'far',
  'narrow',
  'shallow',
  'heavy',
  'bright',
  'dull',
  'pure',
];

function comparativeForms(adjective: string): string[] {
  if (adjective.endsWith('y')) return [`${adjective.slice(0, -1)}ier`, `${adjective.slice(0, -1)}iest`];
  if (adjective.endsWith('e')) return [`${adjective}r`, `${adjective}st`];
  const doubled = /[^aeiou][aeiou][bdgmnpt]$/.test(adjective) ? adjective + adjective.slice(-1) : adjective;
  return [`${doubled}er`, `${doubled}est`];
}

const comparatives: Record<string, string> = Object.fromEntries(
  gradable.flatMap((adjective) => comparativeForms(adjective).map((form) => [form, adjective])),
);

const isConsonant = (w: string, i: number): boolean => {
  const c = w[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false;
  if (c === 'y') return i === 0 || !isConsonant(w, i - 1);
  return true;
};

/** Number of vowel-consonant sequences in w[0..end). */
function measure(w: string, end: number): number {
  let m = 0;
  let i = 0;
  while (i < end && isConsonant(w, i)) i++;
  while (i < end) {
    while (i < end && !isConsonant(w, i)) i++;
    if (i >= end) break;
    m++;
    while (i < end && isConsonant(w, i)) i++;
  }
  return m;
}

const hasVowel = (w: string, end: number): boolean => {
  for (let i = 0; i < end; i++) if (!isConsonant(w, i)) return true;
  return false;
};

const doubleConsonant = (w: string): boolean =>
  w.length > 1 && w[w.length - 1] === w[w.length - 2] && isConsonant(w, w.length - 1);

/** consonant-vowel-consonant ending, the last not w, x or y. */
const cvc = (w: string, end = w.length): boolean =>
  end >= 3 &&
  isConsonant(w, end - 1) &&
  !isConsonant(w, end - 2) &&
  isConsonant(w, end - 3) &&
  !'wxy'.includes(w[end - 1] ?? '');

/** Replaces suffix with replacement when the remaining stem has measure above minMeasure. */
function replaceIf(w: string, rules: readonly (readonly [string, string])[], minMeasure: number): string {
  for (const [suffix, replacement] of rules) {
    if (!w.endsWith(suffix)) continue;
    const stemEnd = w.length - suffix.length;
    return measure(w, stemEnd) > minMeasure ? w.slice(0, stemEnd) + replacement : w;
  }
  return w;
}

function step1a(w: string): string {
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ies')) return w.slice(0, -2);
  if (w.endsWith('ss')) return w;
  if (w.endsWith('s') && w.length > 3) return w.slice(0, -1);
  return w;
}

function step1b(w: string): string {
  if (w.endsWith('eed')) return measure(w, w.length - 3) > 0 ? w.slice(0, -1) : w;
  let stem: string | null = null;
  if (w.endsWith('ed') && hasVowel(w, w.length - 2)) stem = w.slice(0, -2);
  else if (w.endsWith('ing') && hasVowel(w, w.length - 3)) stem = w.slice(0, -3);
  if (stem === null) return w;
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return stem + 'e';
  if (doubleConsonant(stem) && !/[lsz]$/.test(stem)) return stem.slice(0, -1);
  if (measure(stem, stem.length) === 1 && cvc(stem)) return stem + 'e';
  return stem;
}

const step2Rules = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
] as const;
const step3Rules = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
] as const;
// Longest first, so that "ement" wins over "ment" and "ent".
const step4Suffixes = [
  'ement',
  'ance',
  'ence',
  'able',
  'ible',
  'ment',
  'ant',
  'ent',
  'ion',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
  'al',
  'er',
  'ic',
  'ou',
] as const;

function step4(w: string): string {
  const suffix = step4Suffixes.find((s) => w.endsWith(s));
  if (suffix === undefined) return w;
  const stemEnd = w.length - suffix.length;
  if (measure(w, stemEnd) <= 1) return w;
  if (suffix === 'ion' && !/[st]$/.test(w.slice(0, stemEnd))) return w;
  return w.slice(0, stemEnd);
}

function step5(w: string): string {
  let out = w;
  if (out.endsWith('e')) {
    const m = measure(out, out.length - 1);
    if (m > 1 || (m === 1 && !cvc(out, out.length - 1))) out = out.slice(0, -1);
  }
  if (measure(out, out.length) > 1 && doubleConsonant(out) && out.endsWith('l')) out = out.slice(0, -1);
  return out;
}

/** English stem of a lower-case word (Porter algorithm plus a few irregular forms). */
export function stemEnglish(word: string): string {
  const known = irregular[word] ?? comparatives[word];
  if (known !== undefined) return known === word ? word : stemEnglish(known);
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return word.replace(/'s$/, '');
  let w = step1b(step1a(word));
  if (w.endsWith('y') && hasVowel(w, w.length - 1)) w = w.slice(0, -1) + 'i';
  w = replaceIf(w, step2Rules, 0);
  w = replaceIf(w, step3Rules, 0);
  return step5(step4(w));
}
