// A made-up language for tests only: it shows that a language is an entry in the list, a pack and a folder of
// translations, and nothing else. Production code never sees it; tests add it through vi.mock.
import type { ResourceKey } from 'i18next';
import englishCommon from '@/i18n/locales/en/common.json';
import type { CueWords, LanguagePack } from '@/domain/language/language-pack';
import type { Language } from '@/domain/language/languages';
import type { Locale } from '@/domain/language/locale-codes';

export const pseudoLocale = 'xx' as Locale;

/** Step 1: its entry in `src/domain/language/languages.ts`. */
export const pseudoLanguage = {
  code: 'xx',
  name: 'Pseudo',
  nativeName: 'Pseudo',
  speech: 'x-pseudo',
} satisfies Language;

/** Step 2: its pack. Pseudo nouns end in -um for one and -a for many: "backupum", "backupa". */
export const pseudoPack: LanguagePack = {
  stem: (word) => word.replace(/(?:um|a)$/, ''),
  borrowsEnglish: false,
  cues: {
    negation: ['nix'],
    negationAfter: [],
    plan: [],
    planAfter: [],
    hedge: [],
    epistemic: [],
    vague: [],
    reversal: [],
    boundary: ['abba'],
    exempt: [],
    correlative: [],
    ended: [],
    present: [],
    residual: [],
    subject: ['wi'],
  } satisfies CueWords,
  words: {
    stop: ['wi', 'da', 'un'],
    auxiliaries: ['ist'],
    sentenceVerbs: ['makum'],
    articles: ['da'],
    listJoiners: ['un'],
    termPhraseWords: ['da'],
    coordinators: ['un'],
    abbreviations: [],
    pronouns: ['wi'],
    commonWords: [],
  },
  quantities: {
    numbers: {},
    weakNumbers: [],
    units: {},
    unitQualifiers: [],
    bareUnits: [],
    countFillers: [],
    frequencies: {},
    frequencyPrefixes: [],
    frequencyFillers: [],
  },
  cueReachAfter: { negation: 2, plan: 2 },
};

type Tree = { [key: string]: string | Tree };

const bracketed = (tree: Tree): Tree =>
  Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [key, typeof value === 'string' ? `⟦${value}⟧` : bracketed(value)]),
  );

/** Step 3: `src/i18n/locales/xx/common.json`, "translated" by bracketing every English text; other namespaces fall back to English. */
export const pseudoCommon: ResourceKey = bracketed(englishCommon);
