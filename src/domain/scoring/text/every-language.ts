import type { FunctionWords } from '@/domain/language/language-pack';
import { allPacks } from '@/domain/language/pack-for';

// The tokenizer and the clause splitter read every answer alike, whatever its language, so these lists join
// the words of every language pack.
const joined = (list: (words: FunctionWords) => readonly string[]): ReadonlySet<string> =>
  new Set(allPacks().flatMap((pack) => list(pack.words)));

/** Articles: dropped from phrases even where other function words are kept. */
export const articles = joined((words) => words.articles);

/** Words allowed in a bare keyword list besides the terms ("and", "oder"). */
export const listJoiners = joined((words) => words.listJoiners);

/** The only function words a bare term phrase may carry ("MFA for admins", "Backup auf Band"). */
export const termPhraseWords = joined((words) => words.termPhraseWords);

/** "and", "oder": they join clauses or nouns. */
export const coordinators = joined((words) => words.coordinators);

/** Words whose dot does not end a sentence ("e.g.", "z.B."). */
export const abbreviations = joined((words) => words.abbreviations);
