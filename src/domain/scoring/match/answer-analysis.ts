import { keywordLists } from '../answer-shape';
import { cutOffFrom } from '../text/cut-off';
import { repeatedSentences } from '../text/repetition';
import type { ScoreOptions } from '../score-types';
import { analyzeTokens, type Unit } from '../words/analyze';
import type { CompiledScoring } from './compile-scoring';
import { fuzzyEntry, type FuzzyEntry } from './fuzzy';
import type { AnswerContext } from './judge';
import { joinSeparableVerbs } from '../words/separable-verbs';
import { analyzeStructure, withoutCueContent } from '../text/structure';
import type { Token } from '../text/tokenize';

function typoEntry(word: string, stem: string, compiled: CompiledScoring): FuzzyEntry | null {
  const known = compiled.fuzzyCache.get(word);
  if (known !== undefined) return known;
  const entry = fuzzyEntry(word, stem, compiled.fuzzy);
  if (compiled.fuzzyCache.size > 20_000) compiled.fuzzyCache.clear();
  compiled.fuzzyCache.set(word, entry);
  return entry;
}

/** Analyses an answer once: units with their keys (typos resolved against the question's words), cues, clauses, bare lists, the timer's cut. */
export function analyzeAnswer(
  tokens: readonly Token[],
  compiled: CompiledScoring,
  options: ScoreOptions = {},
): AnswerContext {
  const lexicon = compiled.answerOptions.lexicon;
  const structure = analyzeStructure(tokens, lexicon);
  const repeats = repeatedSentences(tokens, structure);
  const all = withoutCueContent(analyzeTokens(tokens, compiled.answerOptions), structure);
  const analysed =
    repeats.sentences.size === 0
      ? all
      : all.filter((u) => !repeats.sentences.has(structure.sentenceOf[u.firstToken] ?? -1));
  const particles = lexicon.separableParticles;
  const joined =
    particles === null ? analysed : joinSeparableVerbs(tokens, analysed, structure, particles, compiled.locale);
  // Misspelt words take the keys of the phrase word they stand for; a misspelt compound becomes its parts.
  const units: Unit[] = [];
  const unitKeys: (readonly string[])[] = [];
  const typoUnits = new Set<number>();
  for (const unit of joined) {
    const known = unit.word === null || !unit.content || unit.keys.some((key) => compiled.index.has(key));
    const typo = known ? null : typoEntry(unit.word ?? '', unit.keys[0] ?? unit.word ?? '', compiled);
    if (typo === null) {
      units.push(unit);
      unitKeys.push(unit.keys);
      continue;
    }
    for (const keys of typo.parts ?? [typo.keys]) {
      typoUnits.add(units.length);
      units.push(unit);
      unitKeys.push([...unit.keys, ...keys]);
    }
  }
  return {
    locale: compiled.locale,
    lexicon,
    tokens,
    units,
    unitKeys,
    structure,
    lists: keywordLists(tokens, lexicon),
    repeats: repeats.spans,
    cutFrom: options.cutOff === true ? cutOffFrom(tokens, structure) : tokens.length,
    typoUnits,
    promptKeys: compiled.promptKeys,
  };
}
