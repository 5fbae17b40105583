import type { Answer } from '@/domain/records/answer-schema';
import type { Attempt } from '@/domain/records/attempt-schema';
import { topics, type Topic } from '@/domain/scenario/scenario-schema';
import { digestAll, type AttemptDigest } from './attempt-digest';
import { mostMissedEvidence } from './missed-evidence';
import type { ScenarioMeta, ScorePoint, TopicProgress } from './progress-types';
import { readinessOf } from './readiness';

export type ProgressOptions = {
  /** How many most-missed evidence items per topic (default 5). */
  mostMissedLimit?: number;
  /** Topics the learner started without completing; they show as not ready. */
  attemptedTopics?: readonly Topic[];
};

const pointOf = (digest: AttemptDigest): ScorePoint => ({
  attemptId: digest.attemptId,
  scenarioId: digest.scenarioId,
  date: digest.date,
  score: digest.score,
  grade: digest.grade,
  mode: digest.mode,
});

function topicProgress(topic: Topic, digests: AttemptDigest[], limit: number): TopicProgress {
  const ordered = digests.sort((a, b) => a.date.localeCompare(b.date));
  const latest = ordered.at(-1);
  // Ties go to the later attempt: the learner's most recent proof of that level.
  const best = ordered.reduce<AttemptDigest | undefined>(
    (top, digest) => (top && top.score > digest.score ? top : digest),
    undefined,
  );
  return {
    topic,
    completedAttempts: ordered.length,
    ...(latest ? { latest: pointOf(latest) } : {}),
    ...(best ? { best: pointOf(best) } : {}),
    trend: ordered.map(pointOf),
    mostMissed: mostMissedEvidence(ordered, limit),
    readiness: readinessOf(latest),
  };
}

/**
 * Progress per topic from the digests of completed attempts: latest and best score and grade, the trend, the
 * evidence items missed most often and readiness. Topics appear when a scenario, a digest or an attempted topic
 * has them, in the order of the topic list. Linear in the digests, plus sorting each topic's trend.
 */
export function aggregateDigests(
  digests: readonly AttemptDigest[],
  scenarios: readonly ScenarioMeta[],
  options: ProgressOptions = {},
): TopicProgress[] {
  const byTopic = new Map<Topic, AttemptDigest[]>();
  for (const topic of [...scenarios.map((s) => s.topic), ...(options.attemptedTopics ?? [])]) byTopic.set(topic, []);
  for (const digest of digests) {
    const list = byTopic.get(digest.topic);
    if (list) list.push(digest);
    else byTopic.set(digest.topic, [digest]);
  }
  return topics
    .filter((topic) => byTopic.has(topic))
    .map((topic) => topicProgress(topic, byTopic.get(topic) ?? [], options.mostMissedLimit ?? 5));
}

/** A learner's progress per topic straight from attempts and answers (see aggregateDigests). */
export function aggregateProgress(
  attempts: readonly Attempt[],
  answers: readonly Answer[],
  scenarios: readonly ScenarioMeta[],
  options: ProgressOptions = {},
): TopicProgress[] {
  const attemptedTopics = [...(options.attemptedTopics ?? []), ...attempts.map((attempt) => attempt.topic)];
  return aggregateDigests(digestAll(attempts, answers), scenarios, { ...options, attemptedTopics });
}
