import type { Locale } from '@/domain/scenario/locale';
import cuesDe from './data/cues-de.json';
import cuesEn from './data/cues-en.json';
import stopwords from './data/stopwords.json';
import synonyms from './data/synonyms.json';
import { stemWord } from './stem-cache';
import { isWordToken, tokenize } from './tokenize';
import { createTrie, trieInsert, type TrieNode } from './word-trie';

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
] as const;
export type CueCategory = (typeof cueCategories)[number];

type CueFile = Record<CueCategory | 'subject', string[]>;

/** Everything language-specific the scorer looks up. */
export type LanguageLexicon = {
  locale: Locale;
  stop: ReadonlySet<string>;
  /** Words that start a new clause after a comma ("..., we ..."). */
  subjects: ReadonlySet<string>;
  cues: TrieNode<ReadonlySet<CueCategory>>;
  /** Synonym groups over stem sequences. */
  synonyms: TrieNode<string>;
  /** Auxiliaries and common verbs: words that show a sentence rather than a list of terms. */
  verbs: ReadonlySet<string>;
};

const cueFiles: Record<Locale, CueFile> = { en: cuesEn satisfies CueFile, de: cuesDe satisfies CueFile };

/** Lower-case word sequence of a short text, as the tokenizer sees it. */
export function wordsOf(text: string): string[] {
  return tokenize(text)
    .filter(isWordToken)
    .map((t) => t.norm);
}

// A cue that acts after the evidence acts before it too.
const implied: Partial<Record<CueCategory, CueCategory>> = { negationAfter: 'negation', planAfter: 'plan' };

function buildCues(file: CueFile): TrieNode<ReadonlySet<CueCategory>> {
  const root = createTrie<ReadonlySet<CueCategory>>();
  for (const category of cueCategories) {
    const categories = new Set([category, ...(implied[category] === undefined ? [] : [implied[category]])]);
    for (const entry of file[category]) {
      trieInsert(root, wordsOf(entry), categories, (old, added) => new Set([...old, ...added]));
    }
  }
  return root;
}

function buildSynonyms(locale: Locale): TrieNode<string> {
  const root = createTrie<string>();
  const keep = (old: string): string => old;
  for (const group of synonyms.groups) {
    for (const term of group.terms) {
      const words = wordsOf(term);
      trieInsert(
        root,
        words.map((w) => stemWord(w, locale)),
        group.id,
        keep,
      );
      // Joined spellings: "multifactor", "Zweifaktorauthentifizierung".
      if (words.length > 1) trieInsert(root, [stemWord(words.join(''), locale)], group.id, keep);
    }
  }
  return root;
}

function buildLexicon(locale: Locale): LanguageLexicon {
  const file = cueFiles[locale];
  return {
    locale,
    stop: new Set(stopwords[locale]),
    subjects: new Set(file.subject.filter((s) => !s.includes(' '))),
    cues: buildCues(file),
    synonyms: buildSynonyms(locale),
    verbs: new Set([...stopwords.auxiliaries[locale], ...stopwords.sentenceVerbs[locale]]),
  };
}

const lexicons: Partial<Record<Locale, LanguageLexicon>> = {};

/** The lexicon of a language, built on first use. */
export function lexiconFor(locale: Locale): LanguageLexicon {
  const built = lexicons[locale] ?? buildLexicon(locale);
  lexicons[locale] = built;
  return built;
}

/** Articles: dropped from phrases even where other function words are kept. */
export const articles: ReadonlySet<string> = new Set(stopwords.articles);

/** Words allowed in a bare keyword list besides the terms ("and", "oder"). */
export const listJoiners: ReadonlySet<string> = new Set(stopwords.listJoiners);
