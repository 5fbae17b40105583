import {
  loadPreparedScenario,
  loadScenario,
  topics,
  type LocatedProblem,
  type PreparedScenario,
  type Scenario,
  type ScenarioOutcome,
} from '@/domain/scenario';
import { listCustomScenarios } from './custom-scenario-repository';
import type { TrainerDatabase } from './database';

// Built-in files arrive as data parsed at build time (vite-scenario-plugin.ts) and go through the same checks
// as a trainer's own files; their text is fetched only when a problem must be located in it.
const builtinFiles = import.meta.glob<PreparedScenario>('/scenarios/*.yaml', { query: '?scenario', import: 'default' });

export type ScenarioFileStatus =
  | { file: string; origin: 'builtin' | 'custom'; ok: true; scenario: Scenario; warnings: LocatedProblem[] }
  | { file: string; origin: 'builtin' | 'custom'; ok: false; errors: LocatedProblem[]; warnings: LocatedProblem[] };

export type ScenarioLibrary = {
  /** Scenarios that passed every check, in topic order; the only ones a learner sees. */
  scenarios: Scenario[];
  /** Every file with its outcome, for trainers. */
  files: ScenarioFileStatus[];
};

function toStatus(file: string, result: ScenarioOutcome, origin: 'builtin' | 'custom'): ScenarioFileStatus {
  return result.ok
    ? { file, origin, ok: true, scenario: result.scenario, warnings: result.warnings }
    : { file, origin, ok: false, errors: result.errors, warnings: result.warnings };
}

async function loadBuiltin(): Promise<ScenarioFileStatus[]> {
  return Promise.all(
    Object.values(builtinFiles).map(async (read) => {
      const prepared = await read();
      return toStatus(prepared.file, await loadPreparedScenario(prepared), 'builtin');
    }),
  );
}

// The built-in files cannot change while the page is open, so they are checked once per page load.
let builtinStatuses: Promise<ScenarioFileStatus[]> | undefined;

function builtinLibrary(): Promise<ScenarioFileStatus[]> {
  builtinStatuses ??= loadBuiltin().catch((error: unknown) => {
    builtinStatuses = undefined; // a failed chunk fetch (e.g. offline before caching) may succeed next time
    throw error;
  });
  return builtinStatuses;
}

/** Loads the built-in scenario files and the trainer's custom ones, each checked by the scenario pipeline. */
export async function loadScenarioLibrary(db?: TrainerDatabase): Promise<ScenarioLibrary> {
  const builtin = await builtinLibrary();
  const custom = db
    ? (await listCustomScenarios(db)).map((s) => toStatus(s.fileName, loadScenario(s.source, s.fileName), 'custom'))
    : [];
  const files = [...builtin, ...custom].sort((a, b) => a.file.localeCompare(b.file));
  const seen = new Set<string>();
  const scenarios: Scenario[] = [];
  for (const status of files) {
    if (!status.ok || seen.has(status.scenario.id)) continue;
    seen.add(status.scenario.id);
    scenarios.push(status.scenario);
  }
  scenarios.sort((a, b) => topics.indexOf(a.topic) - topics.indexOf(b.topic) || a.id.localeCompare(b.id));
  return { scenarios, files };
}
