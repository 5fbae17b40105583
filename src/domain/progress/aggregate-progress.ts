import type { Answer, Attempt } from '@/domain/backup/record-schemas';
import { topics, type Topic } from '@/domain/scenario/scenario-schema';
import { attemptOutcome, type AttemptOutcome } from './attempt-outcome';
import { mostMissedEvidence } from './missed-evidence';
import type { ScenarioMeta, ScorePoint, TopicProgress } from './progress-types';
import { readinessOf } from './readiness';

export type ProgressOptions = { mostMissedLimit?: number };

type Scored = { point: ScorePoint; outcome: AttemptOutcome };

function groupAnswers(answers: readonly Answer[]): Map<string, Answer[]> {
  const byAttempt = new Map<string, Answer[]>();
  for (const answer of answers) {
    const list = byAttempt.get(answer.attemptId);
    if (list) list.push(answer);
    else byAttempt.set(answer.attemptId, [answer]);
  }
  return byAttempt;
}

function scoreAttempt(attempt: Attempt, answers: readonly Answer[]): Scored | undefined {
  const outcome = attemptOutcome(attempt, answers);
  if (!outcome) return undefined;
  const date = attempt.endedAt ?? attempt.startedAt;
  const point = { attemptId: attempt.id, scenarioId: attempt.scenarioId, date, score: outcome.score, grade: outcome.grade, mode: attempt.mode };
  return { point, outcome };
}

function topicProgress(topic: Topic, completed: readonly Attempt[], answersOf: (id: string) => readonly Answer[], limit: number): TopicProgress {
  const scored = completed
    .map((attempt) => scoreAttempt(attempt, answersOf(attempt.id)))
    .filter((entry) => entry !== undefined)
    .sort((a, b) => a.point.date.localeCompare(b.point.date));
  const latest = scored.at(-1);
  // Ties go to the later attempt: the learner's most recent proof of that level.
  const best = scored.reduce<Scored | undefined>((top, entry) => (top && top.point.score > entry.point.score ? top : entry), undefined);
  return {
    topic,
    completedAttempts: scored.length,
    ...(latest ? { latest: latest.point } : {}),
    ...(best ? { best: best.point } : {}),
    trend: scored.map((entry) => entry.point),
    mostMissed: mostMissedEvidence(completed, answersOf, limit),
    readiness: readinessOf(latest?.outcome),
  };
}

/**
 * A learner's progress per topic: latest and best score and grade, the trend over completed attempts, the
 * evidence items missed most often and readiness. Topics appear when a scenario or an attempt has them, in the
 * order of the topic list. One pass over the answers, then per-topic work on the attempts.
 */
export function aggregateProgress(
  attempts: readonly Attempt[],
  answers: readonly Answer[],
  scenarios: readonly ScenarioMeta[],
  options: ProgressOptions = {},
): TopicProgress[] {
  const answersByAttempt = groupAnswers(answers);
  const answersOf = (attemptId: string) => answersByAttempt.get(attemptId) ?? [];
  const completedByTopic = new Map<Topic, Attempt[]>(scenarios.map((scenario) => [scenario.topic, []]));
  for (const attempt of attempts) {
    const list = completedByTopic.get(attempt.topic) ?? [];
    completedByTopic.set(attempt.topic, list);
    if (attempt.status === 'completed') list.push(attempt);
  }
  return topics
    .filter((topic) => completedByTopic.has(topic))
    .map((topic) => topicProgress(topic, completedByTopic.get(topic) ?? [], answersOf, options.mostMissedLimit ?? 5));
}
