import { loadScenario, topics, type LocatedProblem, type Scenario } from '@/domain/scenario';
import type { TrainerDatabase } from './database';

// Built-in scenario files ship as text and go through the same pipeline as a trainer's own files.
const builtinFiles = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default' });

export type ScenarioFileStatus =
  | { file: string; origin: 'builtin' | 'custom'; ok: true; scenario: Scenario; warnings: LocatedProblem[] }
  | { file: string; origin: 'builtin' | 'custom'; ok: false; errors: LocatedProblem[]; warnings: LocatedProblem[] };

export type ScenarioLibrary = {
  /** Scenarios that passed every check, in topic order; the only ones a learner sees. */
  scenarios: Scenario[];
  /** Every file with its outcome, for trainers. */
  files: ScenarioFileStatus[];
};

export const scenarioLibraryKey = ['custom-scenarios', 'library'] as const;

function load(file: string, text: string, origin: 'builtin' | 'custom'): ScenarioFileStatus {
  const result = loadScenario(text, file);
  return result.ok
    ? { file, origin, ok: true, scenario: result.scenario, warnings: result.warnings }
    : { file, origin, ok: false, errors: result.errors, warnings: result.warnings };
}

/** Loads the built-in scenario files and the trainer's custom ones, each checked by the scenario pipeline. */
export async function loadScenarioLibrary(db?: TrainerDatabase): Promise<ScenarioLibrary> {
  const builtin = await Promise.all(
    Object.entries(builtinFiles).map(async ([path, read]) => load(path.replace(/^\//, ''), await read(), 'builtin')),
  );
  const custom = db ? (await db.customScenarios.toArray()).map((s) => load(s.fileName, s.source, 'custom')) : [];
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
