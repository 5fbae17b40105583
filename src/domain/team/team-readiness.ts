import { topics as allTopics, type Topic } from '@/domain/scenario/scenario-schema';
import { cellOf, type CellEntry } from './team-cell';
import { daysBetween } from './team-decay';
import { controlEntries, topicEntry } from './team-entries';
import { teamMisses, teamRedFlags } from './team-misses';
import { teamTrend } from './team-trend';
import type {
  CoverageRisk,
  TeamAttempt,
  TeamBand,
  TeamCell,
  TeamPerson,
  TeamReadiness,
  TeamReadinessInput,
  TeamView,
} from './team-types';

/** The map key of a cell. */
export function cellKey(profileId: string, key: string): string {
  return `${profileId}\n${key}`;
}

/** Annex A controls in their natural order: A.5.2 before A.5.10, A.5 before A.8. */
export function compareControls(a: string, b: string): number {
  const pa = a.slice(2).split('.').map(Number);
  const pb = b.slice(2).split('.').map(Number);
  return (pa[0] ?? 0) - (pb[0] ?? 0) || (pa[1] ?? 0) - (pb[1] ?? 0) || a.localeCompare(b);
}

// Plain comparison: ISO times compare as strings, and localeCompare costs ten times more over 32,000 attempts.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byDate = (a: TeamAttempt, b: TeamAttempt) => compareText(a.date, b.date) || compareText(a.attemptId, b.attemptId);

function filtered(input: TeamReadinessInput): { people: TeamPerson[]; attempts: TeamAttempt[] } {
  const { filters = {} } = input;
  const people = input.people.filter((person) => !filters.team || person.team === filters.team);
  const ids = new Set(people.map((person) => person.profileId));
  const mode = filters.mode ?? 'all';
  const attempts = input.attempts
    .filter(
      (attempt) =>
        ids.has(attempt.profileId) &&
        (mode === 'all' || attempt.mode === mode) &&
        (!filters.since || attempt.date >= filters.since),
    )
    .sort(byDate);
  return { people, attempts };
}

/** Entries per person, then per topic or control: nested maps spare building a string key per entry. */
type EntriesByPerson = Map<string, Map<string, CellEntry[]>>;

function push(map: EntriesByPerson, profileId: string, key: string, entry: CellEntry): void {
  let own = map.get(profileId);
  if (!own) map.set(profileId, (own = new Map()));
  const list = own.get(key);
  if (list) list.push(entry);
  else own.set(key, [entry]);
}

function coverageRisks(
  view: TeamView,
  keys: readonly string[],
  people: readonly TeamPerson[],
  cells: ReadonlyMap<string, TeamCell>,
): CoverageRisk[] {
  return keys.flatMap((key) => {
    const readyPeople = people
      .filter((person) => cells.get(cellKey(person.profileId, key))?.band === 'ready')
      .map((person) => person.profileId);
    return readyPeople.length < 2 ? [{ kind: view, key, readyPeople }] : [];
  });
}

/**
 * The team's readiness on `asOf` (the audit date, or today): per person x topic and per person x Annex A control
 * a cell (team-cell.ts), what the team misses most, coverage risks (topics and controls with fewer than two
 * people ready), red flags, trends and who needs a rehearsal. Every person has a cell for every topic and for
 * every control some attempt in the filtered data concerns. Pure: the same input gives the same output.
 */
export function teamReadiness(input: TeamReadinessInput): TeamReadiness {
  const { people, attempts } = filtered(input);
  const { asOf } = input;
  const daysToAudit = daysBetween(input.now, asOf);
  const byTopic: EntriesByPerson = new Map();
  const byControl: EntriesByPerson = new Map();
  const controlSet = new Set<string>();
  for (const attempt of attempts) {
    push(byTopic, attempt.profileId, attempt.topic, topicEntry(attempt));
    for (const [control, entry] of controlEntries(attempt)) {
      controlSet.add(control);
      push(byControl, attempt.profileId, control, entry);
    }
  }
  const topics: Topic[] = [...allTopics];
  const controls = [...controlSet].sort(compareControls);
  const cells: Record<TeamView, Map<string, TeamCell>> = { topic: new Map(), control: new Map() };
  for (const { profileId } of people) {
    const ownTopics = byTopic.get(profileId);
    const ownControls = byControl.get(profileId);
    for (const topic of topics)
      cells.topic.set(
        cellKey(profileId, topic),
        cellOf(profileId, topic, ownTopics?.get(topic) ?? [], asOf, daysToAudit),
      );
    for (const control of controls)
      cells.control.set(
        cellKey(profileId, control),
        cellOf(profileId, control, ownControls?.get(control) ?? [], asOf, daysToAudit),
      );
  }
  const counting = attempts.filter((attempt) => attempt.complete);
  const needsRehearsal = people.flatMap((person) =>
    topics.flatMap((topic) => {
      const cell = cells.topic.get(cellKey(person.profileId, topic));
      if (!cell || cell.band === 'not-assessed' || cell.band === 'ready') return [];
      return [{ profileId: person.profileId, topic, band: cell.band as TeamBand }];
    }),
  );
  return {
    people,
    topics,
    controls,
    cells,
    misses: teamMisses(counting),
    coverageRisks: [
      ...coverageRisks('topic', topics, people, cells.topic),
      ...coverageRisks('control', controls, people, cells.control),
    ],
    redFlags: teamRedFlags(attempts),
    trend: teamTrend(counting),
    needsRehearsal,
  };
}
