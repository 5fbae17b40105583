export type CliCommand =
  { kind: 'check'; paths: string[]; json: boolean } | { kind: 'schema'; verify: boolean } | { kind: 'help' };

export type ParsedArgs = { ok: true; command: CliCommand } | { ok: false; message: string };

export const usage = `Usage: npm run scenarios -- <command>

Commands:
  check [files or folders...] [--json]   validate, lint and run the samples of scenario files
                                         (default: scenarios/; folders: their *.yaml and *.yml files)
  schema [--check]                       write scenarios/scenario.schema.json from the zod schema
                                         (--check: only report whether the file is up to date)
  --help                                 show this help

Exit codes: 0 all valid and every sample passes, 1 problems found, 2 wrong usage.`;

function parseCheck(rest: string[]): ParsedArgs {
  const options = rest.filter((arg) => arg.startsWith('-'));
  const unknown = options.find((arg) => arg !== '--json');
  if (unknown) return { ok: false, message: `unknown option for check: ${unknown}` };
  const paths = rest.filter((arg) => !arg.startsWith('-'));
  return {
    ok: true,
    command: { kind: 'check', paths: paths.length > 0 ? paths : ['scenarios'], json: options.includes('--json') },
  };
}

function parseSchema(rest: string[]): ParsedArgs {
  const unknown = rest.find((arg) => arg !== '--check');
  if (unknown) return { ok: false, message: `unexpected argument for schema: ${unknown}` };
  return { ok: true, command: { kind: 'schema', verify: rest.includes('--check') } };
}

/** Reads the command line (without node and script); wrong usage comes back as a message. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined) return { ok: false, message: 'missing command' };
  if (command === '--help' || command === '-h' || command === 'help' || rest.includes('--help')) {
    return { ok: true, command: { kind: 'help' } };
  }
  if (command === 'check') return parseCheck(rest);
  if (command === 'schema') return parseSchema(rest);
  return { ok: false, message: `unknown command: ${command}` };
}
