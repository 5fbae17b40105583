import type { Answer } from '@/domain/records/answer-schema';
import type { Attempt } from '@/domain/records/attempt-schema';
import { topics, type Topic } from '@/domain/scenario/scenario-schema';
import { digestAll, type AttemptDigest } from './attempt-digest';
import { mostMissedEvidence } from './missed-evidence';
import type { ModeProgress, ScenarioMeta, ScorePoint, TopicProgress } from './progress-types';
import { readinessOf, weightedScore, type ReadinessAttempt } from './readiness';

export type ProgressOptions = {
  /** How many most-missed evidence items per topic (default 5). */
  mostMissedLimit?: number;
  /** Topics the learner started without completing; they show as not ready. */
  attemptedTopics?: readonly Topic[];
  /**
   * The main questions of scenarios (their `questionIds`) without listing their topics: what "answered every
   * main question" is checked against when only attempted topics are shown.
   */
  questionsOf?: readonly ScenarioMeta[];
};

const pointOf = (digest: AttemptDigest): ScorePoint => ({
  attemptId: digest.attemptId,
  scenarioId: digest.scenarioId,
  date: digest.date,
  score: digest.score,
  grade: digest.grade,
  mode: digest.mode,
});

// Ties go to the later attempt: the learner's most recent proof of that level.
function bestOf(ordered: readonly AttemptDigest[]): AttemptDigest | undefined {
  return ordered.reduce<AttemptDigest | undefined>(
    (top, digest) => (top && top.score > digest.score ? top : digest),
    undefined,
  );
}

function modeProgress(ordered: readonly AttemptDigest[]): ModeProgress {
  const latest = ordered.at(-1);
  const best = bestOf(ordered);
  return {
    completedAttempts: ordered.length,
    ...(latest ? { latest: pointOf(latest) } : {}),
    ...(best ? { best: pointOf(best) } : {}),
    weightedScore: weightedScore(ordered),
  };
}

/** Whether the attempt answered every main question of its scenario; undefined when either side is not known. */
function isComplete(digest: AttemptDigest, questionsOf: ReadonlyMap<string, readonly string[]>): boolean | undefined {
  const questions = questionsOf.get(digest.scenarioId);
  if (!questions || !digest.answered) return undefined;
  const answered = new Set(digest.answered);
  return questions.every((id) => answered.has(id));
}

function readinessAttempt(digest: AttemptDigest, questionsOf: ReadonlyMap<string, readonly string[]>) {
  const complete = isComplete(digest, questionsOf);
  const attempt: ReadinessAttempt = { mode: digest.mode, score: digest.score, worstGrade: digest.worstGrade };
  return complete === undefined ? attempt : { ...attempt, complete };
}

function topicProgress(
  topic: Topic,
  digests: AttemptDigest[],
  limit: number,
  questionsOf: ReadonlyMap<string, readonly string[]>,
): TopicProgress {
  const ordered = digests.sort((a, b) => a.date.localeCompare(b.date));
  const all = modeProgress(ordered);
  return {
    topic,
    completedAttempts: all.completedAttempts,
    ...(all.latest ? { latest: all.latest } : {}),
    ...(all.best ? { best: all.best } : {}),
    trend: ordered.map(pointOf),
    mostMissed: mostMissedEvidence(ordered, limit),
    readiness: readinessOf(ordered.map((digest) => readinessAttempt(digest, questionsOf))),
    practice: modeProgress(ordered.filter((digest) => digest.mode === 'practice')),
    mock: modeProgress(ordered.filter((digest) => digest.mode === 'mock')),
  };
}

/**
 * Progress per topic from the digests of completed attempts: latest and best score and grade, the trend, the
 * evidence items missed most often, readiness over all attempts, and practice and mock audits apart. Topics appear when a scenario, a digest or an attempted topic
 * has them, in the order of the topic list. Linear in the digests, plus sorting each topic's trend.
 */
export function aggregateDigests(
  digests: readonly AttemptDigest[],
  scenarios: readonly ScenarioMeta[],
  options: ProgressOptions = {},
): TopicProgress[] {
  const questionsOf = new Map(
    [...(options.questionsOf ?? []), ...scenarios].flatMap((s) =>
      s.questionIds ? [[s.id, s.questionIds] as const] : [],
    ),
  );
  const byTopic = new Map<Topic, AttemptDigest[]>();
  for (const topic of [...scenarios.map((s) => s.topic), ...(options.attemptedTopics ?? [])]) byTopic.set(topic, []);
  for (const digest of digests) {
    const list = byTopic.get(digest.topic);
    if (list) list.push(digest);
    else byTopic.set(digest.topic, [digest]);
  }
  return topics
    .filter((topic) => byTopic.has(topic))
    .map((topic) => topicProgress(topic, byTopic.get(topic) ?? [], options.mostMissedLimit ?? 5, questionsOf));
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
