import { listSentences } from './answer-shape';
import { analyzeTokens } from './analyze';
import type { CompiledScoring } from './compile-scoring';
import { fuzzyKeys } from './fuzzy';
import type { AnswerContext } from './judge';
import { joinSeparableVerbs } from './separable-verbs';
import { analyzeStructure, withoutCueContent } from './structure';
import type { Token } from './tokenize';

function typoKeys(word: string, stem: string, compiled: CompiledScoring): readonly string[] | null {
  const known = compiled.fuzzyCache.get(word);
  if (known !== undefined) return known;
  const keys = fuzzyKeys(word, stem, compiled.fuzzy);
  if (compiled.fuzzyCache.size > 20_000) compiled.fuzzyCache.clear();
  compiled.fuzzyCache.set(word, keys);
  return keys;
}

/** Analyses an answer once: units with their keys (typos resolved against the question's words), cues, clauses, bare lists. */
export function analyzeAnswer(tokens: readonly Token[], compiled: CompiledScoring): AnswerContext {
  const lexicon = compiled.answerOptions.lexicon;
  const structure = analyzeStructure(tokens, lexicon);
  const analysed = withoutCueContent(analyzeTokens(tokens, compiled.answerOptions), structure);
  const units = compiled.locale === 'de' ? joinSeparableVerbs(tokens, analysed, structure) : analysed;
  const typoUnits = new Set<number>();
  const unitKeys = units.map((unit, u) => {
    if (unit.word === null || !unit.content || unit.keys.some((key) => compiled.index.has(key))) return unit.keys;
    const typo = typoKeys(unit.word, unit.keys[0] ?? unit.word, compiled);
    if (typo === null) return unit.keys;
    typoUnits.add(u);
    return [...unit.keys, ...typo];
  });
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
