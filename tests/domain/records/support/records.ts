// Deterministic record builders for tests and the storage benchmark: the same seed gives the same data.
import type { Answer } from '@/domain/records/answer-schema';
import type { Attempt } from '@/domain/records/attempt-schema';
import type { CustomScenario } from '@/domain/records/custom-scenario-schema';
import type { Profile } from '@/domain/records/profile-schema';
import type { Setting } from '@/domain/records/setting-schema';
import { topics, type Grade } from '@/domain/scenario/scenario-schema';
import type { EvidenceStatus, ScoreResult } from '@/domain/scoring/score-types';
import { scoreResult } from '../../../support/score-result-builder';

/** A small seeded generator (mulberry32), so fixtures do not depend on Math.random. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid version-4 UUID made from a number, so ids are stable across runs. */
export function fixedUuid(n: number, salt = 0): string {
  const hex = (n * 7919 + salt * 104729).toString(16).padStart(12, '0').slice(-12);
  const tag = (salt & 0xfff).toString(16).padStart(3, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${tag}-8${tag}-${hex}`;
}

const base = Date.UTC(2026, 0, 5, 8, 0, 0);
export const minutesFrom = (minutes: number) => new Date(base + minutes * 60_000).toISOString();

const evidenceIds = ['inventory', 'baseline', 'review-cycle', 'exceptions', 'automation'];
const statuses: EvidenceStatus[] = ['covered', 'covered', 'partial', 'missing', 'negated', 'planned'];
const gradeForScore = (score: number): Grade =>
  score >= 80
    ? 'conformity'
    : score >= 65
      ? 'ofi'
      : score >= 50
        ? 'observation'
        : score >= 25
          ? 'minor-nc'
          : 'major-nc';

export function buildScoreResult(random: () => number): ScoreResult {
  const evidence = evidenceIds.slice(0, 3 + Math.floor(random() * 3)).map((id) => ({
    id,
    status: statuses[Math.floor(random() * statuses.length)]!,
    spans: [{ start: 0, end: 5 + Math.floor(random() * 20) }],
    phrase: `${id} phrase`,
  }));
  const score = Math.round(random() * 100);
  return scoreResult({
    score,
    grade: gradeForScore(score),
    coverage: score / 100,
    evidence,
    redFlags: random() < 0.1 ? [{ id: 'no-review', severity: 'minor', spans: [{ start: 2, end: 9 }] }] : [],
    missingEssential: evidence.filter((item) => item.status === 'missing').map((item) => item.id),
    messages: score >= 80 ? ['answer.strong'] : ['answer.essential-missing'],
  });
}

export function buildProfile(n: number, overrides: Partial<Profile> = {}): Profile {
  return {
    id: fixedUuid(n, 1),
    name: `Learner ${n}`,
    role: 'employee',
    createdAt: minutesFrom(n),
    updatedAt: minutesFrom(n),
    ...overrides,
  };
}

export function buildAttempt(
  n: number,
  profile: Profile,
  random: () => number,
  overrides: Partial<Attempt> = {},
): Attempt {
  const topic = topics[n % topics.length]!;
  const score = Math.round(random() * 100);
  return {
    id: fixedUuid(n, 2),
    profileId: profile.id,
    scenarioId: `${topic}-basics`,
    scenarioVersion: '1.0.0',
    topic,
    mode: n % 3 === 0 ? 'mock' : 'practice',
    persona: n % 2 === 0 ? 'friendly' : 'strict',
    locale: n % 4 === 0 ? 'de' : 'en',
    startedAt: minutesFrom(100 + n * 30),
    endedAt: minutesFrom(100 + n * 30 + 20),
    status: 'completed',
    machineSnapshot: { value: 'ended', context: { questionIndex: 9, probes: [n % 3] } },
    score,
    grade: gradeForScore(score),
    ...overrides,
  };
}

export function buildAnswer(
  n: number,
  attempt: Attempt,
  index: number,
  random: () => number,
  overrides: Partial<Answer> = {},
): Answer {
  return {
    id: fixedUuid(n, 3),
    attemptId: attempt.id,
    profileId: attempt.profileId,
    questionId: `question-${Math.floor(index / 2) + 1}`,
    ...(index % 2 === 1 ? { probeId: `probe-${index}` } : {}),
    attemptNumber: 1,
    text: `We keep an inventory and review it every quarter (answer ${n}). Wir prüfen die Baseline.`,
    givenAt: minutesFrom(100 + n),
    result: buildScoreResult(random),
    ...overrides,
  };
}

/** One of each table's records, as a whole database or a backup of everything holds them. */
export type Dataset = {
  profiles: Profile[];
  attempts: Attempt[];
  answers: Answer[];
  customScenarios: CustomScenario[];
  settings: Setting[];
};

export type DatasetSize = { profiles: number; attemptsPerProfile: number; answersPerAttempt: number; seed?: number };

/** A consistent set of records: every attempt belongs to a profile, every answer to an attempt. */
export function buildDataset(size: DatasetSize): Dataset {
  const random = seededRandom(size.seed ?? 1);
  const profiles = Array.from({ length: size.profiles }, (_, p) => buildProfile(p + 1));
  const attempts = profiles.flatMap((profile, p) =>
    Array.from({ length: size.attemptsPerProfile }, (_, a) =>
      buildAttempt(p * size.attemptsPerProfile + a + 1, profile, random),
    ),
  );
  const answers = attempts.flatMap((attempt, a) =>
    Array.from({ length: size.answersPerAttempt }, (_, i) =>
      buildAnswer(a * size.answersPerAttempt + i + 1, attempt, i, random),
    ),
  );
  const customScenarios: CustomScenario[] = [
    {
      id: fixedUuid(1, 4),
      fileName: 'my-scenario.yaml',
      source: 'id: my-scenario\ntopic: patch-management\n',
      updatedAt: minutesFrom(5),
    },
  ];
  const settings: Setting[] = [
    { key: 'locale', value: 'de' },
    { key: 'speech', value: { enabled: true, rate: 1.1 } },
  ];
  return { profiles, attempts, answers, customScenarios, settings };
}
