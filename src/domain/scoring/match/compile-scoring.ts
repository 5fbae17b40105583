import type { LanguagePack } from '@/domain/language/language-pack';
import { packFor } from '@/domain/language/pack-for';
import type { Locale, LocalizedPhrases, LocalizedText } from '@/domain/scenario/locale';
import { analyzeTokens, type AnalyzeOptions } from '../words/analyze';
import { splitCompound, type CompoundPart } from '../words/compounds';
import { buildFuzzyIndex, type FuzzyEntry, type FuzzyIndex } from './fuzzy';
import { lexiconFor, wordsOf } from '../words/lexicon';
import { compilePattern, indexPatterns, type Pattern, type PatternKind, type Posting } from './patterns';
import type { ScoringInput } from '../score-types';
import { stemVariants, stemWord } from '../words/stem-cache';
import { tokenize } from '../text/tokenize';

/** A question prepared for scoring many answers quickly (one per keystroke). */
export type CompiledScoring = {
  input: ScoringInput;
  locale: Locale;
  patterns: Pattern[];
  index: ReadonlyMap<string, Posting[]>;
  fuzzy: FuzzyIndex;
  fuzzyCache: Map<string, FuzzyEntry | null>;
  answerOptions: AnalyzeOptions;
  /** Keys of the question prompt: repeating them is not evidence. */
  promptKeys: ReadonlySet<string>;
  /** Keys of everything the question is about, for the off-topic test. */
  topicKeys: ReadonlySet<string>;
};

type Phrased = { phrases: LocalizedPhrases; label: LocalizedText };

/** Phrases to try for an answer language: a language that borrows English also tries the English phrases, since English terms are common in IT talk. */
function phrasesFor(item: Phrased, locale: Locale): { locale: Locale; phrase: string }[] {
  const own = (item.phrases[locale] ?? []).map((phrase) => ({ locale, phrase }));
  if (!packFor(locale).borrowsEnglish) return own;
  return [...own, ...item.phrases.en.map((phrase) => ({ locale: 'en' as const, phrase }))];
}

// Function words never count as compound parts: "nach" must not split "Nachtest".
const isVocabulary = (word: string, locale: Locale): boolean =>
  word.length >= 3 && !lexiconFor(locale).stop.has(word) && !lexiconFor('en').stop.has(word) && !/\p{N}/u.test(word);

/** Compound parts: the pack's list plus the question's own words, each split first if it splits. */
function compoundSplitter(
  input: ScoringInput,
  compounds: NonNullable<LanguagePack['compounds']>,
): (word: string) => CompoundPart[] | null {
  const locale = input.locale;
  const stems = new Set<string>();
  const surfaces = new Set<string>();
  // Any stem of the part counts, so a plural part ("-konten") meets the singular ("-konto") the phrase has.
  const isPart = (text: string): boolean =>
    surfaces.has(text) || (text.length >= 4 && stemVariants(text, locale).some((s) => stems.has(s)));
  const add = (word: string): void => {
    const parts = splitCompound(word, isPart, compounds.linkers)?.map((p) => p.text) ?? [word];
    for (const part of parts) {
      surfaces.add(part);
      stems.add(stemWord(part, locale));
    }
  };
  compounds.parts.forEach(add);
  for (const item of [...input.evidence, ...input.redFlags]) {
    for (const phrase of [...(item.phrases[locale] ?? []), ...item.phrases.en])
      wordsOf(phrase)
        .filter((word) => isVocabulary(word, locale))
        .forEach(add);
  }
  const cache = new Map<string, CompoundPart[] | null>();
  return (word) => {
    const known = cache.get(word);
    if (known !== undefined) return known;
    const parts = splitCompound(word, isPart, compounds.linkers);
    if (cache.size > 20_000) cache.clear();
    cache.set(word, parts);
    return parts;
  };
}

function optionsFor(
  locale: Locale,
  keepConstituents: boolean,
  split?: (word: string) => CompoundPart[] | null,
): AnalyzeOptions {
  return { lexicon: lexiconFor(locale), englishToo: packFor(locale).borrowsEnglish, keepConstituents, split };
}

function contentKeys(text: string, options: AnalyzeOptions): string[] {
  return analyzeTokens(tokenize(text), options)
    .filter((u) => u.content)
    .flatMap((u) => u.keys);
}

function compileTargets(input: ScoringInput, answerOptions: AnalyzeOptions) {
  const patterns: Pattern[] = [];
  const vocabulary: FuzzyEntry[] = [];
  // Phrases in the answer's own language are read like the answer (compounds split); English ones plainly.
  const ownPhrases = { ...answerOptions, keepConstituents: false };
  const englishPhrases = optionsFor('en', false);
  const targets: [PatternKind, readonly Phrased[]][] = [
    ['evidence', input.evidence],
    ['redFlag', input.redFlags],
  ];
  for (const [kind, items] of targets) {
    items.forEach((item, target) => {
      for (const { locale, phrase } of phrasesFor(item, input.locale)) {
        const compiled = compilePattern(
          phrase,
          { kind, target },
          locale === input.locale ? ownPhrases : englishPhrases,
        );
        if (compiled === null) continue;
        patterns.push(compiled.pattern);
        vocabulary.push(...compiled.vocabulary);
      }
    });
  }
  return { patterns, vocabulary };
}

/** Prepares a question's evidence and red flags once, so that each answer is only tokenised and looked up. */
export function compileScoring(input: ScoringInput): CompiledScoring {
  const locale = input.locale;
  const compounds = packFor(locale).compounds;
  const answerOptions = optionsFor(
    locale,
    true,
    compounds === undefined ? undefined : compoundSplitter(input, compounds),
  );
  const { patterns, vocabulary } = compileTargets(input, answerOptions);
  const promptKeys = new Set(input.prompt === undefined ? [] : contentKeys(input.prompt, answerOptions));
  const labels = [...input.evidence, ...input.redFlags].map((item) => item.label[locale] ?? item.label.en);
  const topicKeys = new Set([
    ...promptKeys,
    ...patterns.flatMap((p) => p.slots.flatMap((s) => s.keys)),
    ...labels.flatMap((label) => contentKeys(label, answerOptions)),
  ]);
  return {
    input,
    locale,
    patterns,
    index: indexPatterns(patterns),
    fuzzy: buildFuzzyIndex(vocabulary),
    fuzzyCache: new Map(),
    answerOptions,
    promptKeys,
    topicKeys,
  };
}
