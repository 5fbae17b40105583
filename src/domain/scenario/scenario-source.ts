import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { LocatedProblem, ProblemPath, ScenarioProblem } from './located-problem';

/** A parsed scenario file: the plain data plus what is needed to point back into the text. */
export type ScenarioSource = {
  file: string;
  data: unknown;
  document: Document;
  lineCounter: LineCounter;
};

export type ParseResult = { ok: true; source: ScenarioSource } | { ok: false; errors: LocatedProblem[] };

// The yaml library's wording is written for programmers; these read better for a trainer.
const friendlier: Record<string, (snippet: string) => string> = {
  DUPLICATE_KEY: (snippet) => `field "${snippet}" appears twice in the same mapping`,
  MULTIPLE_DOCS: () => 'a scenario file holds one document: remove the second "---" line',
  TAB_AS_INDENT: () => 'indent with spaces, not tabs',
};

function syntaxMessage(error: YAMLError, text: string): string {
  // The parser marks only the key's first character; the whole key reads better.
  const snippet = (/^[^:\n]*/.exec(text.slice(error.pos[0]))?.[0] ?? '').trim();
  const quote = /^Missing closing (['"])quote/.exec(error.message)?.[1];
  if (quote !== undefined)
    return `YAML syntax: the quoted text starting here is never closed (add the closing ${quote})`;
  const message = friendlier[error.code]?.(snippet) ?? error.message.replace(/\s*at line \d+.*$/s, '');
  return `YAML syntax: ${message}`;
}

// An unclosed quote is only noticed at the end of the file; the quote that opened the value is the place to fix.
function errorOffset(error: YAMLError, text: string): number {
  const quote = /^Missing closing (['"])quote/.exec(error.message)?.[1];
  if (quote === undefined) return error.pos[0];
  const openers = [...text.slice(0, error.pos[0]).matchAll(/(?:^|[:\-[{,]\s*)(['"])/gm)].filter((m) => m[1] === quote);
  const last = openers.at(-1);
  return last === undefined ? error.pos[0] : last.index + last[0].length - 1;
}

// Once the parser is thrown off, later complaints mostly follow from the first one, so only that one is shown.
function firstSyntaxError(document: Document, lineCounter: LineCounter, text: string, file: string): LocatedProblem[] {
  const [error] = document.errors;
  if (error === undefined) return [];
  const { line, col } = lineCounter.linePos(errorOffset(error, text));
  return [{ file, line, column: col, message: syntaxMessage(error, text), severity: 'error', code: 'yaml-syntax' }];
}

/** Parses one scenario file's YAML text, keeping positions; syntax errors come back located. */
export function parseScenarioText(text: string, file: string): ParseResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors = firstSyntaxError(document, lineCounter, text, file);
  if (errors.length > 0) return { ok: false, errors };
  try {
    const data: unknown = document.toJS({ maxAliasCount: 50 });
    return { ok: true, source: { file, data, document, lineCounter } };
  } catch (error) {
    // Unresolved or runaway aliases only surface when the data is built.
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [{ file, line: 1, column: 1, message: `YAML: ${message}`, severity: 'error', code: 'yaml-syntax' }],
    };
  }
}

type Position = { line: number; column: number };

function keyMatches(key: unknown, segment: string | number): boolean {
  const value = isScalar(key) ? key.value : key;
  return String(value) === String(segment);
}

/** Walks the YAML tree along a path; returns the deepest node reached and, for the last step, its key node. */
function walk(document: Document, path: ProblemPath) {
  let node: unknown = document.contents;
  let keyNode: unknown = null;
  for (const segment of path) {
    keyNode = null;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyMatches(item.key, segment));
      if (!pair) return { node, keyNode: null, complete: false };
      keyNode = pair.key;
      // An empty value ("weight:") is an empty scalar at the end of the line; its key is easier to spot.
      const empty = pair.value === null || (isScalar(pair.value) && pair.value.source === '');
      node = empty ? pair.key : pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      node = node.items[segment];
    } else {
      return { node, keyNode: null, complete: false };
    }
  }
  return { node, keyNode, complete: true };
}

function startOf(node: unknown): number | undefined {
  if (node !== null && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
    const start: unknown = node.range[0];
    return typeof start === 'number' ? start : undefined;
  }
  return undefined;
}

/** The line and column of the node a path names, or of its nearest existing parent (for missing fields). */
export function locatePath(source: ScenarioSource, path: ProblemPath, atKey = false): Position {
  const { node, keyNode, complete } = walk(source.document, path);
  const target = complete && atKey && keyNode ? keyNode : node;
  const offset = startOf(target) ?? startOf(source.document.contents) ?? 0;
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, column: col };
}

/** Places path-based problems in the file. */
export function locateProblems(source: ScenarioSource, problems: readonly ScenarioProblem[]): LocatedProblem[] {
  return problems.map((p) => ({
    file: source.file,
    ...locatePath(source, p.path, p.atKey),
    message: p.message,
    severity: p.severity,
    code: p.code,
  }));
}
