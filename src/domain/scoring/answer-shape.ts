import type { Unit } from './words/analyze';
import { articles, listJoiners, termPhraseWords } from './text/every-language';
import type { LanguageLexicon } from './words/lexicon';
import type { Structure } from './text/structure';
import type { Span } from './score-types';
import { isWordToken, type Token } from './text/tokenize';

type Segment = {
  words: number;
  functionWords: number;
  otherWords: number;
  statement: boolean;
  /** The last word was a content word or a verb: an article after it means verb and object ("reviews the baseline"). */
  afterContent: boolean;
};

const emptySegment = (): Segment => ({
  words: 0,
  functionWords: 0,
  otherWords: 0,
  statement: false,
  afterContent: false,
});

/** Parts are read apart: sentences, and the pieces between semicolons or bullets. */
const endsPart = (token: Token): boolean =>
  token.kind === 'sentence-end' ||
  (token.kind === 'clause-end' && (token.norm === ';' || token.norm === '•' || token.norm === '|'));

/**
 * Words that state a practice rather than name things: a subject ("we"), a verb after the first word, an article
 * after a content word ("the board reviews the baseline"), or several words with function words among them.
 */
function isStatement(segment: Segment): boolean {
  return (
    segment.statement ||
    (segment.words >= 4 && segment.otherWords > 0) ||
    (segment.words >= 6 && segment.functionWords > 0)
  );
}

/** A lone term phrase: no function word besides "and"/"or", or a few words with only prepositions and articles. */
function isBareTerm({ words, functionWords, otherWords }: Segment): boolean {
  return functionWords === 0 || (words <= 4 && otherWords === 0);
}

/** Where the answer only names things: the tokens of its bare keyword lists, and a span per list. */
export type KeywordLists = { tokens: Uint8Array; spans: Span[] };

function readSegment(segment: Segment, token: Token, lexicon: LanguageLexicon): void {
  const first = segment.words === 0;
  segment.words++;
  const norm = token.norm;
  const verb = lexicon.verbs.has(norm);
  const article = articles.has(norm);
  if (lexicon.pronouns.has(norm) || (verb && !first) || (article && segment.afterContent)) segment.statement = true;
  const functionWord = (lexicon.stop.has(norm) || verb) && !listJoiners.has(norm);
  if (functionWord) {
    segment.functionWords++;
    // "approved by CISO": a participle that opens a term phrase is part of the term.
    if (!termPhraseWords.has(norm) && !(verb && first)) segment.otherWords++;
  }
  segment.afterContent = !functionWord || verb;
}

/**
 * Parts of the answer that name things with no statement of practice: "CIS benchmark, hardening guide, approved
 * by CISO, gold images", a bullet list, or "MFA for admins". Commas split a part into segments; a part is a list
 * when none of its segments states anything and it has several segments or is one bare term phrase.
 */
export function keywordLists(tokens: readonly Token[], lexicon: LanguageLexicon): KeywordLists {
  const inList = new Uint8Array(tokens.length);
  const spans: Span[] = [];
  let partStart = 0;
  let segments: Segment[] = [emptySegment()];
  const closePart = (end: number): void => {
    const filled = segments.filter((segment) => segment.words > 0);
    const list =
      filled.length > 0 && !filled.some(isStatement) && (filled.length > 1 || isBareTerm(filled[0] as Segment));
    if (list) {
      let first = -1;
      let last = -1;
      for (let t = partStart; t < end; t++) {
        if (!isWordToken(tokens[t] as Token)) continue;
        inList[t] = 1;
        if (first < 0) first = t;
        last = t;
      }
      spans.push({ start: tokens[first]?.start ?? 0, end: tokens[last]?.end ?? 0 });
    }
    partStart = end + 1;
    segments = [emptySegment()];
  };
  tokens.forEach((token, i) => {
    if (endsPart(token)) closePart(i);
    else if (!isWordToken(token)) segments.push(emptySegment());
    else readSegment(segments[segments.length - 1] as Segment, token, lexicon);
  });
  closePart(tokens.length);
  return { tokens: inList, spans };
}

/** True when every word of the answer stands in a bare keyword list. */
export function isKeywordList(tokens: readonly Token[], lists: KeywordLists): boolean {
  let any = false;
  for (let i = 0; i < tokens.length; i++) {
    if (!isWordToken(tokens[i] as Token)) continue;
    if (lists.tokens[i] !== 1) return false;
    any = true;
  }
  return any;
}

/** Share of the answer's content words that belong to the question's vocabulary. */
export function topicOverlap(
  units: readonly Unit[],
  unitKeys: readonly (readonly string[])[],
  topicKeys: ReadonlySet<string>,
): { content: number; share: number } {
  let content = 0;
  let onTopic = 0;
  units.forEach((unit, u) => {
    if (!unit.content) return;
    content++;
    if ((unitKeys[u] ?? unit.keys).some((key) => topicKeys.has(key))) onTopic++;
  });
  return { content, share: content === 0 ? 0 : onTopic / content };
}

/** Cue categories present anywhere in the answer. */
export function hasCue(structure: Structure, category: 'vague' | 'hedge' | 'epistemic'): boolean {
  return structure.cues.some((cue) => cue.categories.has(category));
}
