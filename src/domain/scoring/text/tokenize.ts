import { abbreviations } from './every-language';

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

// Numbers first so that "1.5" and "1,5" stay one token; words keep inner apostrophes ("don't"). No capture
// groups: the kind is read from the matched text, which keeps scoring on every keystroke light on garbage.
const tokenPattern =
  /\p{N}+(?:[.,]\p{N}+)+(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|\r?\n|[.!?…]+|[;:()[\]{}"“”„«»|•]|,|\s[-–—]+\s|[-‐‑–/&+]/gu;

const digitsOnly = /^\p{N}+(?:[.,]\p{N}+)*$/u;
const wordStart = /^[\p{L}\p{M}\p{N}]/u;
const asciiOnly = /^[ -~\t\n\r]*$/;

function kindOf(text: string): TokenKind | 'joiner' {
  const first = text.charCodeAt(0);
  // ASCII letters and digits first: by far the most common case.
  const asciiWord = (first >= 48 && first <= 57) || (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (asciiWord || (first > 127 && wordStart.test(text))) return digitsOnly.test(text) ? 'number' : 'word';
  if (text === ',') return 'comma';
  if (
    first === 10 ||
    first === 13 ||
    text.startsWith('.') ||
    text.startsWith('!') ||
    text.startsWith('?') ||
    text.startsWith('…')
  ) {
    return 'sentence-end';
  }
  if (text.length > 1 || ';:()[]{}"“”„«»|•'.includes(text)) return 'clause-end';
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
    const kind = kindOf(match[0]);
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
