/** Figures of one test split under one operating point. */
export type Figures = { n: number; accuracy: number; macroF1: number; contradictoryCredited: number };

/** Figures per operating point ("best", "balanced", "guarded"), then per "<corpus>/<split>". */
export type Results = Record<string, Record<string, Figures>>;

export type JsonReport = { splits: Record<string, Figures>; operatingPoints: Results };

/** The machine-readable report: the headline point's figures under "splits", every point under "operatingPoints". */
export function jsonReport(results: Results, headline: string): JsonReport {
  const splits = results[headline];
  if (splits === undefined) throw new Error(`bench:semeval: no operating point named "${headline}"`);
  return { splits, operatingPoints: results };
}
