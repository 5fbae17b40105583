/** What a token is: a word (letters, digits or both), a number, or a punctuation mark that ends a clause or sentence. */
export type TokenKind = 'word' | 'number' | 'sentence-end' | 'clause-end' | 'comma';

export type Token = {
  kind: TokenKind;
  /** Lower-case NFC form with typographic apostrophes straightened. */
  norm: string;
  /** Half-open UTF-16 offsets into the original text, as String.prototype.slice uses them. */
  start: number;
  end: number;
  /** Joined to the previous word by a hyphen or slash without spaces ("2-week", "Zwei-Faktor"). */
  joined: boolean;
};

// Numbers first so that "1.5" and "1,5" stay one token; words keep inner apostrophes ("don't").
const tokenPattern =
  /(\p{N}+(?:[.,]\p{N}+)+(?![\p{L}\p{N}]))|([\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*)|(\r?\n)|([.!?…]+)|([;:()[\]{}"“”„«»|•])|(,)|(\s[-–—]+\s)|([-‐‑–/&+])/gu;

const abbreviations = new Set([
  'e', 'g', 'i', 'z', 'b', 'd', 'h', 'u', 'a', 'etc', 'eg', 'ie', 'vs', 'approx', 'incl', 'inkl', 'bzw', 'ca', 'usw',
  'ggf', 'evtl', 'vgl', 'nr', 'no', 'dr', 'mr', 'mrs', 'ms', 'st', 'resp', 'max', 'min', 'sog', 'zb', 'dh',
]);

const digitsOnly = /^\p{N}+$/u;
const asciiOnly = /^[\x00-\x7f]*$/;

function kindOf(groups: RegExpExecArray): TokenKind | 'joiner' {
  if (groups[1] !== undefined) return 'number';
  if (groups[2] !== undefined) return digitsOnly.test(groups[2]) ? 'number' : 'word';
  if (groups[3] !== undefined) return 'sentence-end';
  if (groups[4] !== undefined) return 'sentence-end';
  if (groups[5] !== undefined) return 'clause-end';
  if (groups[6] !== undefined) return 'comma';
  if (groups[7] !== undefined) return 'clause-end';
  return 'joiner';
}

function normalise(text: string): string {
  // Plain ASCII needs neither composition nor apostrophe folding.
  if (asciiOnly.test(text)) return text.toLowerCase();
  return text.normalize('NFC').toLowerCase().replace(/’/g, "'");
}

/** A full stop after an abbreviation or an initial does not end the sentence. */
function isAbbreviationStop(text: string, match: RegExpExecArray, previous: Token | undefined): boolean {
  if (!match[0].startsWith('.') || match[0].length > 1 || previous?.kind !== 'word') return false;
  if (previous.end !== match.index) return false;
  if (abbreviations.has(previous.norm)) return true;
  // "e.g." and "z.B.": a stop glued to the next letter is part of the abbreviation.
  return /^\p{L}/u.test(text.slice(match.index + 1, match.index + 2));
}

/** Splits text into word, number and punctuation tokens with character offsets into the original text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let joinPending = false;
  let lastEnd = -1;
  tokenPattern.lastIndex = 0;
  for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
    const kind = kindOf(match);
    const previous = tokens[tokens.length - 1];
    if (kind === 'joiner') {
      // A hyphen or slash glued between two words joins them; anywhere else it is ignored.
      joinPending = previous !== undefined && previous.end === match.index && previous.kind !== 'sentence-end';
      lastEnd = match.index + match[0].length;
      continue;
    }
    if (kind === 'sentence-end' && isAbbreviationStop(text, match, previous)) continue;
    const start = match.index;
    const joined = joinPending && lastEnd === start && (kind === 'word' || kind === 'number');
    tokens.push({ kind, norm: normalise(match[0]), start, end: start + match[0].length, joined });
    joinPending = false;
    lastEnd = start + match[0].length;
  }
  return tokens;
}

/** True for tokens that carry words (letters or digits). */
export function isWordToken(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'number';
}
