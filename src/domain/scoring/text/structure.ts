import { articles, coordinators } from './every-language';
import type { CueCategory, LanguageLexicon } from '../words/lexicon';
import { isWordToken, type Token } from './tokenize';
import { trieLongest } from '../words/word-trie';

/** A cue phrase found in the text, by token range. */
export type Cue = { categories: ReadonlySet<CueCategory>; first: number; last: number };

/** Cues plus the clause and sentence each token belongs to. */
export type Structure = { cues: Cue[]; clauseOf: Int32Array; sentenceOf: Int32Array };

function findCues(tokens: readonly Token[], lexicon: LanguageLexicon): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isWordToken(tokens[i] as Token)) continue;
    const found = trieLongest(lexicon.cues, (k) => {
      const token = tokens[i + k];
      return token !== undefined && isWordToken(token) ? token.norm : null;
    });
    if (found === null) continue;
    cues.push({ categories: found.value, first: i, last: i + found.length - 1 });
    i += found.length - 1;
  }
  return cues;
}

/**
 * "and" between two full clauses ("restores are never tested and critical patches are applied") ends the first;
 * between nouns ("no MFA and PAM", "shadowing and job rotations could help") it does not. `full` tells whether
 * the clause so far already looks like one (a verb, or two content words).
 */
function coordinatesClause(tokens: readonly Token[], i: number, lexicon: LanguageLexicon, full = true): boolean {
  if (!coordinators.has(tokens[i]?.norm ?? '')) return false;
  // "und die Altsysteme ..." coordinates objects; only a pronoun after "and" starts a new subject.
  const next = tokens[i + 1]?.norm ?? '';
  if (lexicon.subjects.has(next) && !articles.has(next)) return true;
  if (!full) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
    const token = tokens[k] as Token;
    if (!isWordToken(token) || coordinators.has(token.norm)) return false;
    if (lexicon.verbs.has(token.norm)) return true;
  }
  return false;
}

function startsClause(
  tokens: readonly Token[],
  i: number,
  lexicon: LanguageLexicon,
  cueAt: ReadonlyMap<number, Cue>,
): boolean {
  const token = tokens[i];
  if (token === undefined || !isWordToken(token)) return false;
  const cue = cueAt.get(i);
  if (cue !== undefined && (cue.categories.has('boundary') || cue.categories.has('negation'))) return true;
  return lexicon.subjects.has(token.norm) || coordinatesClause(tokens, i, lexicon);
}

/** Finds cues, and splits the text into sentences and clauses: a clause ends at punctuation, at "but"/"aber", and at a comma or "and" before a new subject. */
export function analyzeStructure(tokens: readonly Token[], lexicon: LanguageLexicon): Structure {
  const cues = findCues(tokens, lexicon);
  const cueAt = new Map(cues.map((cue) => [cue.first, cue]));
  const clauseOf = new Int32Array(tokens.length);
  const sentenceOf = new Int32Array(tokens.length);
  let clause = 0;
  let sentence = 0;
  let weight = 0;
  // "not only X but Y": that "but" joins rather than contrasts.
  let correlative = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1];
    const before = clause;
    if (previous?.kind === 'sentence-end') {
      sentence++;
      correlative = false;
    }
    const cue = cueAt.get(i);
    if (cue?.categories.has('correlative') === true) correlative = true;
    const joining = correlative && cue?.categories.has('boundary') === true;
    if (joining) correlative = false;
    if (previous !== undefined && !isWordToken(previous)) {
      if (previous.kind !== 'comma' || (!joining && startsClause(tokens, i, lexicon, cueAt))) clause++;
    } else if (isWordToken(token) && previous !== undefined) {
      if ((cue?.categories.has('boundary') === true && !joining) || coordinatesClause(tokens, i, lexicon, weight >= 2))
        clause++;
    }
    if (clause !== before) weight = 0;
    if (lexicon.verbs.has(token.norm)) weight += 2;
    else if (isWordToken(token) && !lexicon.stop.has(token.norm)) weight += 1;
    clauseOf[i] = clause;
    sentenceOf[i] = sentence;
  }
  return { cues, clauseOf, sentenceOf };
}

/** Indexes of the tokens inside negation cues ("no", "longer" of "no longer"). */
export function negationCueTokens(structure: Pick<Structure, 'cues'>): Set<number> {
  const tokens = new Set<number>();
  for (const cue of structure.cues) {
    if (!cue.categories.has('negation')) continue;
    for (let t = cue.first; t <= cue.last; t++) tokens.add(t);
  }
  return tokens;
}

/** Units made only of negation-cue words ("longer" in "no longer") carry no content of their own. */
export function withoutCueContent<T extends { content: boolean; firstToken: number; lastToken: number }>(
  units: readonly T[],
  structure: Structure,
): T[] {
  const cueTokens = negationCueTokens(structure);
  return units.map((u) =>
    u.content && cueTokens.has(u.firstToken) && cueTokens.has(u.lastToken) ? { ...u, content: false } : u,
  );
}
