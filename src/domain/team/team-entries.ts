import { gradeRank, worseGrade } from '@/domain/scoring/grade';
import type { Grade } from '@/domain/scenario/scenario-schema';
import type { CellEntry } from './team-cell';
import type { TeamAttempt, TeamFinding } from './team-types';

/** A finding's score: its own when the report has it, else the share of its evidence given (0..100). */
export function findingScore(finding: TeamFinding): number {
  if (finding.score !== undefined) return finding.score;
  if (finding.grade === null) return 0;
  const total = finding.given.length + finding.missing.length;
  return total === 0 ? 0 : Math.round((100 * finding.given.length) / total);
}

function worstOf(grades: readonly (Grade | null)[]): Grade | null {
  return grades.reduce<Grade | null>(
    (worst, grade) => (grade === null ? worst : worst ? worseGrade(worst, grade) : grade),
    null,
  );
}

/** The control of the first finding with the given grade: what a reason names ("major NC on A.8.8"). */
function controlWith(findings: readonly TeamFinding[], grade: Grade | null): string | undefined {
  if (grade === null) return undefined;
  return findings.find((finding) => finding.grade !== null && gradeRank(finding.grade) >= gradeRank(grade))
    ?.controls[0];
}

/** The attempt as a topic cell sees it: its score and overall grade, and the control its worst finding concerns. */
export function topicEntry(attempt: TeamAttempt): CellEntry {
  const control = controlWith(attempt.findings, attempt.grade);
  return {
    date: attempt.date,
    mode: attempt.mode,
    complete: attempt.complete,
    score: attempt.score,
    grade: attempt.grade,
    ...(control ? { control } : {}),
  };
}

/**
 * The attempt as each control's cell sees it: per control its findings name, the mean of their scores and the
 * worst of their grades. An attempt thus adds to every control its questions concern, whatever the topic.
 */
export function controlEntries(attempt: TeamAttempt): Map<string, CellEntry> {
  const byControl = new Map<string, TeamFinding[]>();
  for (const finding of attempt.findings)
    finding.controls.forEach((control, index) => {
      if (finding.controls.indexOf(control) !== index) return; // a control named twice counts once
      const list = byControl.get(control);
      if (list) list.push(finding);
      else byControl.set(control, [finding]);
    });
  const entries = new Map<string, CellEntry>();
  for (const [control, findings] of byControl) {
    const score = Math.round(findings.reduce((sum, finding) => sum + findingScore(finding), 0) / findings.length);
    entries.set(control, {
      date: attempt.date,
      mode: attempt.mode,
      complete: attempt.complete,
      score,
      grade: worstOf(findings.map((finding) => finding.grade)),
      control,
    });
  }
  return entries;
}
