import type { TeamAttempt, TeamMiss, TeamRedFlag } from './team-types';

type Tally = TeamMiss & { who: Set<string> };

function tally(map: Map<string, Tally>, kind: TeamMiss['kind'], key: string, label: string): Tally {
  let entry = map.get(key);
  if (!entry) {
    entry = { kind, key, label, missed: 0, negated: 0, people: 0, who: new Set() };
    map.set(key, entry);
  }
  return entry;
}

const byCounts = (a: TeamMiss, b: TeamMiss) =>
  b.missed - a.missed || b.negated - a.negated || b.people - a.people || a.key.localeCompare(b.key);

/**
 * What the team misses most, over the counting attempts: an evidence item is missed each time a finding lists it
 * as not shown (`negated` counts the times the learner said it is not done); a control is missed each time a
 * finding on it is a nonconformity or unanswered (`negated`: a finding on it with negated evidence).
 * Most missed first; `people` is how many people missed it at least once.
 */
export function teamMisses(attempts: readonly TeamAttempt[]): TeamMiss[] {
  const evidence = new Map<string, Tally>();
  const controls = new Map<string, Tally>();
  for (const attempt of attempts)
    for (const finding of attempt.findings) {
      let negatedHere = false;
      for (const item of finding.missing) {
        const entry = tally(
          evidence,
          'evidence',
          `${attempt.scenarioId}/${finding.questionId}/${item.evidenceId}`,
          item.label,
        );
        entry.missed += 1;
        if (item.status === 'negated') {
          entry.negated += 1;
          negatedHere = true;
        }
        entry.who.add(attempt.profileId);
      }
      const failed = finding.grade === null || finding.grade === 'minor-nc' || finding.grade === 'major-nc';
      if (!failed && !negatedHere) continue;
      for (const control of new Set(finding.controls)) {
        const entry = tally(controls, 'control', control, control);
        if (failed) entry.missed += 1;
        if (negatedHere) entry.negated += 1;
        entry.who.add(attempt.profileId);
      }
    }
  return [...evidence.values(), ...controls.values()]
    .map(({ who, ...miss }) => ({ ...miss, people: who.size }))
    .sort(byCounts);
}

/** Red flags raised across the team, most frequent first, with the dates raised (oldest first) for their trend. */
export function teamRedFlags(attempts: readonly TeamAttempt[]): TeamRedFlag[] {
  const flags = new Map<string, TeamRedFlag>();
  for (const attempt of attempts)
    for (const finding of attempt.findings)
      for (const flag of finding.redFlags) {
        const key = `${attempt.scenarioId}/${flag.redFlagId}`;
        let entry = flags.get(key);
        if (!entry) {
          entry = { key, label: flag.label, severity: flag.severity, count: 0, dates: [] };
          flags.set(key, entry);
        }
        entry.count += 1;
        entry.dates.push(attempt.date);
      }
  return [...flags.values()]
    .map((flag) => ({ ...flag, dates: flag.dates.sort() }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
