import { cueCategories, type CueCategory, type CueWords } from '@/domain/language/language-pack';
import { packFor } from '@/domain/language/pack-for';
import type { Locale } from '@/domain/scenario/locale';
import synonyms from './data/synonyms.json';
import { stemWord } from './stem-cache';
import { isWordToken, tokenize } from '../text/tokenize';
import { createTrie, trieInsert, type TrieNode } from './word-trie';

export { cueCategories, type CueCategory } from '@/domain/language/language-pack';

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
  /** Particles of separable verbs, for languages that have them. */
  separableParticles: ReadonlySet<string> | null;
};

/** Lower-case word sequence of a short text, as the tokenizer sees it. */
export function wordsOf(text: string): string[] {
  return tokenize(text)
    .filter(isWordToken)
    .map((t) => t.norm);
}

// A cue that acts after the evidence acts before it too.
const implied: Partial<Record<CueCategory, CueCategory>> = { negationAfter: 'negation', planAfter: 'plan' };

function buildCues(file: CueWords): TrieNode<ReadonlySet<CueCategory>> {
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
  const { cues, words, separableParticles } = packFor(locale);
  return {
    locale,
    stop: new Set(words.stop),
    subjects: new Set(cues.subject.filter((s) => !s.includes(' '))),
    cues: buildCues(cues),
    synonyms: buildSynonyms(locale),
    verbs: new Set([...words.auxiliaries, ...words.sentenceVerbs]),
    separableParticles: separableParticles === undefined ? null : new Set(separableParticles),
  };
}

const lexicons: Partial<Record<Locale, LanguageLexicon>> = {};

/** The lexicon of a language, built on first use. */
export function lexiconFor(locale: Locale): LanguageLexicon {
  const built = lexicons[locale] ?? buildLexicon(locale);
  lexicons[locale] = built;
  return built;
}
