import { main } from './scenarios-main';

main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // Loaded on demand so that `schema` and `--help` work without the scorer, and a broken scorer module
  // ends in a one-line message rather than a stack trace.
  loadScorer: async () => (await import('@/domain/scoring')).scoreAnswer,
}).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
