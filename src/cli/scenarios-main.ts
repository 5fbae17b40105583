import type { ScoreFunction } from '@/domain/scoring/score-types';
import { parseArgs, usage, type CliCommand } from './scenarios-args';
import { checkScenarioFiles, reportPasses } from './scenarios-check';
import { collectScenarioFiles } from './scenario-files';
import { formatHuman, formatJson } from './scenarios-report';
import { writeSchema } from './scenarios-schema';

export type CliIo = {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Provides the scorer samples run through (loaded only by check); tests pass a stand-in. */
  loadScorer: () => Promise<ScoreFunction>;
};

async function runCheck(command: Extract<CliCommand, { kind: 'check' }>, io: CliIo): Promise<number> {
  const listed = await collectScenarioFiles(command.paths, io.cwd);
  if (!listed.ok) {
    io.stderr(`scenarios: ${listed.message}\n${usage}\n`);
    return 2;
  }
  if (listed.files.length === 0) {
    io.stderr(`scenarios: no .yaml or .yml files in ${command.paths.join(', ')}\n`);
    return 1;
  }
  const score = await io.loadScorer().catch((error: unknown) => {
    throw new Error(
      `cannot load the scorer (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    );
  });
  const report = await checkScenarioFiles(listed.files, io.cwd, score);
  io.stdout(command.json ? formatJson(report) : formatHuman(report));
  return reportPasses(report) ? 0 : 1;
}

async function runSchema(verify: boolean, io: CliIo): Promise<number> {
  const { current, file } = await writeSchema(io.cwd, verify);
  if (verify) {
    io.stdout(current ? `${file} is up to date\n` : `${file} is stale: run npm run scenarios -- schema\n`);
    return current ? 0 : 1;
  }
  io.stdout(current ? `${file} is up to date\n` : `wrote ${file}\n`);
  return 0;
}

/** The scenario tool: returns the exit code; never throws, so no stack trace reaches the trainer. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    if (!parsed.ok) {
      io.stderr(`scenarios: ${parsed.message}\n${usage}\n`);
      return 2;
    }
    const { command } = parsed;
    if (command.kind === 'help') {
      io.stdout(`${usage}\n`);
      return 0;
    }
    return command.kind === 'check' ? await runCheck(command, io) : await runSchema(command.verify, io);
  } catch (error) {
    io.stderr(`scenarios: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
