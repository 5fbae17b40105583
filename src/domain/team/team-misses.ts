import type { TeamAttempt, TeamMiss, TeamRedFlag } from './team-types';

/** `last`: the person who added to it last; attempts come grouped by person, so a change means one more person. */
type Tally = TeamMiss & { last: string };

function tally(map: Map<string, Tally>, kind: TeamMiss['kind'], key: string, label: string): Tally {
  let entry = map.get(key);
  if (!entry) {
    entry = { kind, key, label, missed: 0, negated: 0, people: 0, last: '' };
    map.set(key, entry);
  }
  return entry;
}

/** Evidence tallies per scenario and question, so the composed key is built once per item, not once per miss. */
function evidenceTally(
  byScenario: Map<string, Map<string, Map<string, Tally>>>,
  scenarioId: string,
  questionId: string,
  evidenceId: string,
  label: string,
): Tally {
  let byQuestion = byScenario.get(scenarioId);
  if (!byQuestion) byScenario.set(scenarioId, (byQuestion = new Map()));
  let items = byQuestion.get(questionId);
  if (!items) byQuestion.set(questionId, (items = new Map()));
  return tally(items, 'evidence', evidenceId, label);
}

function countPerson(entry: Tally, profileId: string): void {
  if (entry.last === profileId) return;
  entry.last = profileId;
  entry.people += 1;
}

function groupedByPerson(attempts: readonly TeamAttempt[]): TeamAttempt[] {
  const byPerson = new Map<string, TeamAttempt[]>();
  for (const attempt of attempts) {
    const list = byPerson.get(attempt.profileId);
    if (list) list.push(attempt);
    else byPerson.set(attempt.profileId, [attempt]);
  }
  return [...byPerson.values()].flat();
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
  const evidence = new Map<string, Map<string, Map<string, Tally>>>();
  const controls = new Map<string, Tally>();
  for (const attempt of groupedByPerson(attempts))
    for (const finding of attempt.findings) {
      let negatedHere = false;
      for (const item of finding.missing) {
        const entry = evidenceTally(evidence, attempt.scenarioId, finding.questionId, item.evidenceId, item.label);
        entry.missed += 1;
        if (item.status === 'negated') {
          entry.negated += 1;
          negatedHere = true;
        }
        countPerson(entry, attempt.profileId);
      }
      const failed = finding.grade === null || finding.grade === 'minor-nc' || finding.grade === 'major-nc';
      if (!failed && !negatedHere) continue;
      for (const control of new Set(finding.controls)) {
        const entry = tally(controls, 'control', control, control);
        if (failed) entry.missed += 1;
        if (negatedHere) entry.negated += 1;
        countPerson(entry, attempt.profileId);
      }
    }
  const evidenceTallies = [...evidence].flatMap(([scenarioId, byQuestion]) =>
    [...byQuestion].flatMap(([questionId, items]) =>
      [...items.values()].map((entry) => ({ ...entry, key: `${scenarioId}/${questionId}/${entry.key}` })),
    ),
  );
  return [...evidenceTallies, ...controls.values()].map(({ last: _last, ...miss }) => miss).sort(byCounts);
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
