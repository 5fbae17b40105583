import { listSentences } from '../answer-shape';
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

/** Analyses an answer once: units with their keys (typos resolved against the question's words), cues, clauses, bare lists. */
export function analyzeAnswer(tokens: readonly Token[], compiled: CompiledScoring): AnswerContext {
  const lexicon = compiled.answerOptions.lexicon;
  const structure = analyzeStructure(tokens, lexicon);
  const analysed = withoutCueContent(analyzeTokens(tokens, compiled.answerOptions), structure);
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
    tokens,
    units,
    unitKeys,
    structure,
    lists: listSentences(tokens, structure, lexicon),
    typoUnits,
    promptKeys: compiled.promptKeys,
  };
}
