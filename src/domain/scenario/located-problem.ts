/** Whether a problem stops the scenario from reaching a learner (error) or only deserves attention (warning). */
export type Severity = 'error' | 'warning';

/** A path into the scenario document: mapping keys and list indexes, as zod reports them. */
export type ProblemPath = readonly (string | number)[];

/** A problem found in the scenario data, not yet placed in the file. */
export type ScenarioProblem = {
  code: string;
  severity: Severity;
  path: ProblemPath;
  message: string;
  /** Point at this mapping key instead of its value (unknown fields, duplicate keys). */
  atKey?: boolean;
};

/** A problem placed in its file: 1-based line and column, ready to print as file:line:column. */
export type LocatedProblem = {
  file: string;
  line: number;
  column: number;
  message: string;
  severity: Severity;
  code: string;
};

/** Errors first, then by position in the file, so output reads top to bottom. */
export function sortProblems(problems: readonly LocatedProblem[]): LocatedProblem[] {
  const rank = (p: LocatedProblem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort((a, b) => rank(a) - rank(b) || a.line - b.line || a.column - b.column);
}

/** The one-line form every tool prints: file:line:column: severity: message. */
export function formatProblem(p: LocatedProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`;
}
