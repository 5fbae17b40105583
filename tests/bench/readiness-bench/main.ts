// The page the readiness benchmark loads in Chromium: real IndexedDB, real WebCrypto, the app's storage and model.
import { TrainerDatabase } from '@/storage/database';
import { importReadinessReports } from '@/storage/readiness-report-import';
import { loadTeam } from '@/storage/team-repository';
import { teamReadiness } from '@/domain/team/team-readiness';
import { figure, measure, type Figure } from '../storage-bench/stats';
import { teamFiles, type TeamShape } from './team-files';

let files: { name: string; text: string }[] = [];

async function prepare(shape: TeamShape): Promise<{ files: number; megabytes: number; ms: number }> {
  const start = performance.now();
  files = await teamFiles(shape);
  const chars = files.reduce((sum, file) => sum + file.text.length, 0);
  return { files: files.length, megabytes: chars / 1024 / 1024, ms: performance.now() - start };
}

/** Imports every file into a fresh database, `runs` times; then times loading the team and the model. */
async function run(runs: number, modelRuns: number) {
  const samples: number[] = [];
  let imported = 0;
  let db: TrainerDatabase | undefined;
  for (let i = 0; i < runs; i += 1) {
    await db?.delete();
    db = new TrainerDatabase(`readiness-bench-${crypto.randomUUID()}`);
    await db.open();
    const start = performance.now();
    const results = await importReadinessReports(db, files);
    samples.push(performance.now() - start);
    imported = results.filter((result) => result.outcome === 'imported').length;
  }
  const importFigure: Figure = figure(samples);
  const team = await loadTeam(db!);
  const load = await measure(modelRuns, () => loadTeam(db!));
  const asOf = '2027-01-15';
  const now = '2026-12-04T00:00:00.000Z';
  const input = { people: team.people, attempts: team.attempts, asOf, now };
  const result = teamReadiness(input);
  const model = await measure(modelRuns, () => teamReadiness(input));
  const filtered = await measure(modelRuns, () =>
    teamReadiness({ ...input, filters: { mode: 'mock', team: 'Team 1' } }),
  );
  await db?.delete();
  return {
    imported,
    attempts: team.attempts.length,
    topicCells: result.cells.topic.size,
    controlCells: result.cells.control.size,
    controls: result.controls.length,
    import: importFigure,
    loadTeam: load,
    model,
    filtered,
  };
}

Object.assign(window, { readinessBench: { prepare, run } });
