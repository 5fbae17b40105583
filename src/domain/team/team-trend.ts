import { readinessWeights } from '@/domain/progress/readiness';
import type { Topic } from '@/domain/scenario/scenario-schema';
import type { TeamAttempt, TrendPoint } from './team-types';

type Running = { total: number; weight: number };

/**
 * Trend lines by day (YYYY-MM-DD), over the counting attempts. A person's point on a day is the mean over the
 * topics they have rehearsed by then of each topic's recency-weighted score (the same weights as readiness,
 * without decay: the line shows what they could do on that day). The team's point on a day is the mean of each
 * person's latest point up to that day, over the people who have one.
 */
export function teamTrend(attempts: readonly TeamAttempt[]): {
  team: TrendPoint[];
  byPerson: Map<string, TrendPoint[]>;
} {
  const ordered = [...attempts].sort((a, b) => a.date.localeCompare(b.date));
  const topicsByPerson = new Map<string, Map<Topic, Running>>();
  const byPerson = new Map<string, TrendPoint[]>();
  for (const attempt of ordered) {
    let topics = topicsByPerson.get(attempt.profileId);
    if (!topics) topicsByPerson.set(attempt.profileId, (topics = new Map()));
    const running = topics.get(attempt.topic) ?? { total: 0, weight: 0 };
    const w = readinessWeights[attempt.mode];
    // Each older attempt weighs half the next: halving everything so far, then adding the newest, is the same sum.
    const next = {
      total: running.total * readinessWeights.decay + w * attempt.score,
      weight: running.weight * readinessWeights.decay + w,
    };
    topics.set(attempt.topic, next);
    let sum = 0;
    for (const value of topics.values()) sum += value.total / value.weight;
    const point = { date: attempt.date.slice(0, 10), score: Math.round(sum / topics.size) };
    const line = byPerson.get(attempt.profileId) ?? [];
    if (line.at(-1)?.date === point.date) line[line.length - 1] = point;
    else line.push(point);
    byPerson.set(attempt.profileId, line);
  }
  return { team: teamLine(byPerson), byPerson };
}

function teamLine(byPerson: ReadonlyMap<string, TrendPoint[]>): TrendPoint[] {
  const changes = [...byPerson].flatMap(([profileId, line]) => line.map((point) => ({ profileId, ...point })));
  changes.sort((a, b) => a.date.localeCompare(b.date));
  const current = new Map<string, number>();
  let sum = 0;
  const team: TrendPoint[] = [];
  for (const change of changes) {
    sum += change.score - (current.get(change.profileId) ?? 0);
    current.set(change.profileId, change.score);
    const point = { date: change.date, score: Math.round(sum / current.size) };
    if (team.at(-1)?.date === point.date) team[team.length - 1] = point;
    else team.push(point);
  }
  return team;
}
