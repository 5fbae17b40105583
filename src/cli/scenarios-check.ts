import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadScenario } from '@/domain/scenario/load-scenario';
import type { LocatedProblem } from '@/domain/scenario/located-problem';
import { runSamples, type SampleOutcome } from '@/domain/scenario/run-samples';
import type { ScoreFunction } from '@/domain/scoring/score-types';
import { locatePath, type ScenarioSource } from '@/domain/scenario/scenario-source';

export type SampleReport = Omit<SampleOutcome, 'path'> & { line: number; column: number };

export type FileReport = {
  file: string;
  errors: LocatedProblem[];
  warnings: LocatedProblem[];
  samples: SampleReport[];
};

export type CheckReport = {
  files: FileReport[];
  summary: { files: number; errors: number; warnings: number; samples: number; samplesPassed: number };
};

function sampleReports(outcomes: readonly SampleOutcome[], source: ScenarioSource): SampleReport[] {
  return outcomes.map(({ path: samplePath, ...outcome }) => ({ ...outcome, ...locatePath(source, samplePath) }));
}

async function checkFile(
  absolute: string,
  cwd: string,
  score: ScoreFunction,
  seenIds: Map<string, string>,
): Promise<FileReport> {
  const file = path.relative(cwd, absolute) || absolute;
  const text = await readFile(absolute, 'utf8').catch((error: unknown) => error);
  if (typeof text !== 'string') {
    const reason = text instanceof Error ? text.message : String(text);
    const error: LocatedProblem = {
      file,
      line: 1,
      column: 1,
      message: `cannot read the file (${reason})`,
      severity: 'error',
      code: 'read',
    };
    return { file, errors: [error], warnings: [], samples: [] };
  }
  const loaded = loadScenario(text, file);
  if (!loaded.ok) return { file, errors: loaded.errors, warnings: loaded.warnings, samples: [] };
  const errors: LocatedProblem[] = [];
  const firstFile = seenIds.get(loaded.scenario.id);
  if (firstFile === undefined) seenIds.set(loaded.scenario.id, file);
  else {
    const message = `id: duplicate scenario id "${loaded.scenario.id}" (also used by ${firstFile}); scenario ids must be unique`;
    errors.push({ file, ...locatePath(loaded.source, ['id']), message, severity: 'error', code: 'cross-reference' });
  }
  return {
    file,
    errors,
    warnings: loaded.warnings,
    samples: sampleReports(runSamples(loaded.scenario, score), loaded.source),
  };
}

/** Loads, lints and runs the samples of each file; one report per file, in the order given. */
export async function checkScenarioFiles(
  files: readonly string[],
  cwd: string,
  score: ScoreFunction,
): Promise<CheckReport> {
  const seenIds = new Map<string, string>();
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await checkFile(file, cwd, score, seenIds));
  const samples = reports.flatMap((r) => r.samples);
  return {
    files: reports,
    summary: {
      files: reports.length,
      errors: reports.reduce((sum, r) => sum + r.errors.length, 0),
      warnings: reports.reduce((sum, r) => sum + r.warnings.length, 0),
      samples: samples.length,
      samplesPassed: samples.filter((s) => s.passed).length,
    },
  };
}

/** True when every file is valid and every sample passes. */
export function reportPasses(report: CheckReport): boolean {
  return report.summary.errors === 0 && report.summary.samplesPassed === report.summary.samples;
}
