/** Kinds of cue words a language lists: negation, plan, hedge, ... (see the scoring README). */
export const cueCategories = [
  'negation',
  'negationAfter',
  'plan',
  'planAfter',
  'hedge',
  'epistemic',
  'vague',
  'reversal',
  'boundary',
  'exempt',
  'correlative',
  'ended',
  'present',
  'residual',
] as const;
export type CueCategory = (typeof cueCategories)[number];

/** Cue words by category, plus the subject words that start a new clause after a comma ("..., we ..."). */
export type CueWords = Readonly<Record<CueCategory | 'subject', readonly string[]>>;

/** Function words, each list read as described in `english/words.json`. */
export type FunctionWords = {
  stop: readonly string[];
  auxiliaries: readonly string[];
  sentenceVerbs: readonly string[];
  articles: readonly string[];
  listJoiners: readonly string[];
  termPhraseWords: readonly string[];
  coordinators: readonly string[];
  abbreviations: readonly string[];
  pronouns: readonly string[];
  commonWords: readonly string[];
};

export type GluedQuantity = { value: number; hours: number; frequency: boolean };

/** Number words, time units (in hours) and frequency words. */
export type QuantityWords = {
  numbers: Readonly<Record<string, number>>;
  /** Number words that only count when a time unit follows ("a week", but not "a baseline"). */
  weakNumbers: readonly string[];
  units: Readonly<Record<string, number>>;
  /** Words allowed between a count and its unit ("14 working days"). */
  unitQualifiers: readonly string[];
  /** Units that are a duration without a count ("within a fortnight"). */
  bareUnits: readonly string[];
  /** Words between "half" or "couple" and the unit ("half a day", "a couple of weeks"). */
  countFillers: readonly string[];
  /** Words that stand for "every <unit>" on their own. */
  frequencies: Readonly<Record<string, number>>;
  /** Words that turn the quantity after them into a frequency ("every two weeks", "alle 14 Tage"). */
  frequencyPrefixes: readonly string[];
  /** Small words allowed between a frequency prefix and its unit ("once a month", "einmal im Monat"). */
  frequencyFillers: readonly string[];
  /** Inflection endings a frequency word may carry ("wöchentliche"). */
  frequencyEndings?: RegExp;
  /** Number words made by a rule rather than listed ("vierundzwanzig"). */
  composedNumber?: (word: string) => number | null;
  /** A word glued from a number and a unit ("zweiwöchig"); numberValue reads the number part. */
  gluedQuantity?: (word: string, numberValue: (word: string) => number | null) => GluedQuantity | null;
};

/** Everything the scorer knows about one language. Pure data and functions; the app shell never loads it. */
export type LanguagePack = {
  /** Stem of a lower-case word. Every pack brings its own: there is no default stemmer to fall back on. */
  stem: (word: string) => string;
  /** All stems of a word where one word may have several (German participles); the stem alone when absent. */
  stemVariants?: (word: string) => readonly string[];
  /** Answers also match English phrases and get English stems too, as English terms are common in IT talk. */
  borrowsEnglish: boolean;
  cues: CueWords;
  words: FunctionWords;
  quantities: QuantityWords;
  /** How many tokens after the matched words a negation or plan cue still acts on them (German "nicht" comes late). */
  cueReachAfter: { negation: number; plan: number };
  /** Compounds split into known parts joined by linking elements ("Wiederherstellung-s-test"). */
  compounds?: { parts: readonly string[]; linkers: readonly string[] };
  /** Verb particles that move to the end of the clause ("wir gleichen ... ab" for "abgleichen"). */
  separableParticles?: readonly string[];
};
