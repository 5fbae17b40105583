// Scores one answer against one question of a scenario file, for quick trials while writing scenarios.
//   npm run score -- --scenario scenarios/patch-management.yaml --question patch-flow [--locale de] [--json] "answer text"
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadScenario } from '@/domain/scenario/load-scenario';
import { isLocale, locales, pickText, type Locale } from '@/domain/scenario/locale';
import { scenarioSchema, type Question, type Scenario } from '@/domain/scenario/scenario-schema';
import { scoringInputFor } from '@/domain/scenario/question-scorer';
import { scoreAnswer, type ScoreResult, type Span } from '@/domain/scoring';

const usage = `usage: npm run score -- --scenario FILE --question ID [--locale en|de] [--json] "answer text"
  --question also accepts a probe id: its answer is scored against the main question's evidence.`;

type Options = { scenario: string; question: string; locale: Locale; json: boolean; answer: string };

class UsageError extends Error {}

function parseOptions(argv: readonly string[]): Options {
  const named = new Map<string, string>();
  const words: string[] = [];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (['--scenario', '--question', '--locale'].includes(arg)) {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      named.set(arg.slice(2), value);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else words.push(arg);
  }
  const scenario = named.get('scenario');
  const question = named.get('question');
  const locale = named.get('locale') ?? 'en';
  if (scenario === undefined || question === undefined) throw new UsageError('--scenario and --question are required');
  if (!isLocale(locale)) throw new UsageError(`--locale must be one of ${locales.join(', ')}`);
  if (words.length === 0) throw new UsageError('give the answer text as the last argument');
  return { scenario, question, locale, json, answer: words.join(' ') };
}

/** Loads through the scenario pipeline; falls back to the bare schema so that a lint error does not block trials. */
function readScenario(text: string, file: string): { scenario: Scenario; warning?: string } {
  const loaded = loadScenario(text, file);
  if (loaded.ok) return { scenario: loaded.scenario };
  const parsed = scenarioSchema.safeParse(parseYaml(text));
  const first = loaded.errors[0];
  const where = first === undefined ? '' : `${path.basename(file)}:${first.line}:${first.column}: ${first.message}`;
  if (!parsed.success) throw new Error(`the scenario file does not load: ${where}`);
  return { scenario: parsed.data, warning: `the scenario has problems (first: ${where}); scoring anyway` };
}

function findQuestion(scenario: Scenario, id: string): Question {
  const question =
    scenario.questions.find((q) => q.id === id) ?? scenario.questions.find((q) => q.probes.some((p) => p.id === id));
  if (question !== undefined) return question;
  const known = scenario.questions.map((q) => q.id).join(', ');
  throw new Error(`no question or probe "${id}" in scenario ${scenario.id} (questions: ${known})`);
}

const quote = (answer: string, spans: readonly Span[]): string =>
  spans.map((s) => `"${answer.slice(s.start, s.end)}"`).join(' … ');

function formatResult(result: ScoreResult, answer: string, question: Question, locale: Locale): string {
  const label = (id: string): string => {
    const item = question.evidence.find((e) => e.id === id) ?? question.redFlags.find((r) => r.id === id);
    return item === undefined ? '' : pickText(item.label, locale);
  };
  const lines = [
    `question ${question.id} (${locale})`,
    `score ${result.score}/100   grade ${result.grade}   coverage ${Math.round(result.coverage * 100)}%`,
    '',
    'evidence:',
  ];
  for (const e of result.evidence) {
    const essential = question.evidence.find((item) => item.id === e.id)?.essential === true ? ' [essential]' : '';
    lines.push(`  ${e.status.padEnd(8)} ${e.id}${essential}  ${label(e.id)}`);
    if (e.spans.length > 0)
      lines.push(
        `           found: ${quote(answer, e.spans)}${e.phrase === undefined ? '' : `   (phrase "${e.phrase}")`}`,
      );
  }
  lines.push('', result.redFlags.length === 0 ? 'red flags: none' : 'red flags:');
  for (const flag of result.redFlags)
    lines.push(
      `  ${flag.severity.padEnd(8)} ${flag.id}  ${label(flag.id)}`,
      `           found: ${quote(answer, flag.spans)}`,
    );
  const diagnostics = result.diagnostics ?? [];
  lines.push('', diagnostics.length === 0 ? 'diagnostics: none' : 'diagnostics:');
  for (const d of diagnostics)
    lines.push(
      `  ${d.kind.padEnd(12)} ${d.items.join(', ')}`.trimEnd(),
      ...(d.spans.length === 0 ? [] : [`           words: ${quote(answer, d.spans)}`]),
    );
  const shape = (['vague', 'offTopic', 'keywordList'] as const).filter((k) => result[k]);
  lines.push(
    '',
    `answer: ${shape.length === 0 ? 'a stated answer' : shape.join(', ')}`,
    `messages: ${result.messages.join(', ') || 'none'}`,
  );
  return `${lines.join('\n')}\n`;
}

async function main(argv: readonly string[]): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    const message = error instanceof Error && error.message !== '' ? `score: ${error.message}\n` : '';
    process.stderr.write(`${message}${usage}\n`);
    return 2;
  }
  const file = path.resolve(process.cwd(), options.scenario);
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) {
    process.stderr.write(`score: cannot read scenario file ${options.scenario}\n`);
    return 1;
  }
  try {
    const { scenario, warning } = readScenario(text, file);
    if (warning !== undefined) process.stderr.write(`score: ${warning}\n`);
    const question = findQuestion(scenario, options.question);
    const result = scoreAnswer(options.answer, scoringInputFor(scenario, question, options.locale));
    process.stdout.write(
      options.json
        ? `${JSON.stringify(result, null, 2)}\n`
        : formatResult(result, options.answer, question, options.locale),
    );
    return 0;
  } catch (error) {
    process.stderr.write(`score: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`score: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
