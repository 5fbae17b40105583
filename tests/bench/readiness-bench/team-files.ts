// Signed readiness report files as learners would export them: every person has a key of their own, and
// `attemptsPerTopic` completed attempts per topic, each with the findings of a six-question scenario.
import { topics, type Grade } from '@/domain/scenario/scenario-schema';
import { serializeReadinessReport } from '@/domain/team/readiness-report-file';
import type { ReadinessReportPayload } from '@/domain/team/readiness-report-schema';
import { exportPublicJwk, generateSigningKeyPair, signPayload } from '@/domain/team/readiness-report-signature';
import type { TeamAttempt, TeamFinding } from '@/domain/team/team-types';

export type TeamShape = { people: number; topics: number; attemptsPerTopic: number };

const grades: Grade[] = ['conformity', 'ofi', 'observation', 'minor-nc', 'major-nc'];
const controlsOf = (topic: number, question: number) => [
  `A.8.${((topic * 3 + question) % 34) + 1}`,
  `A.5.${question + 15}`,
];

/** A small deterministic generator, so that every run imports the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function uuidOf(n: number, salt: number): string {
  const hex = (n * 7919 + salt).toString(16).padStart(12, '0').slice(-12);
  return `00000000-0000-4000-8000-${hex}`;
}

function findings(topic: number, next: () => number): TeamFinding[] {
  return Array.from({ length: 6 }, (_, q) => {
    const score = Math.round(next() * 100);
    const evidence = Array.from({ length: 4 }, (_, e) => ({
      evidenceId: `evidence-${q}-${e}`,
      label: `Evidence ${q}.${e}`,
    }));
    const shown = Math.round(next() * 4);
    return {
      questionId: `question-${q}`,
      question: `How do you handle part ${q} of topic ${topic}?`,
      grade: grades[Math.min(4, Math.floor((100 - score) / 20))]!,
      score,
      controls: controlsOf(topic, q),
      given: evidence.slice(0, shown),
      missing: evidence.slice(shown).map((item, i) => ({
        ...item,
        status: i === 0 && next() < 0.3 ? ('negated' as const) : ('missing' as const),
        essential: i === 0,
      })),
      redFlags: next() < 0.05 ? [{ redFlagId: `flag-${q}`, label: `Red flag ${q}`, severity: 'major' as const }] : [],
    };
  });
}

/** The texts of one signed file per person. */
export async function teamFiles(shape: TeamShape): Promise<{ name: string; text: string }[]> {
  const next = random(42);
  const day = Date.parse('2026-06-01T00:00:00.000Z');
  const files: { name: string; text: string }[] = [];
  for (let p = 0; p < shape.people; p += 1) {
    const pair = await generateSigningKeyPair();
    const profileId = uuidOf(p, 1);
    const attempts: TeamAttempt[] = [];
    for (let t = 0; t < shape.topics; t += 1)
      for (let a = 0; a < shape.attemptsPerTopic; a += 1) {
        const score = Math.round(40 + next() * 60);
        attempts.push({
          attemptId: uuidOf(p * 10_000 + t * 100 + a, 2),
          profileId,
          scenarioId: topics[t]!,
          scenarioVersion: '1.0.0',
          topic: topics[t]!,
          mode: next() < 0.3 ? 'mock' : 'practice',
          date: new Date(day + (a * 9 + t) * 86_400_000 + p * 60_000).toISOString(),
          score,
          grade: grades[Math.min(4, Math.floor((100 - score) / 20))]!,
          complete: next() > 0.1,
          findings: findings(t, next),
        });
      }
    const payload: ReadinessReportPayload = {
      format: 'mock-audit-trainer/readiness-report',
      formatVersion: 1,
      appVersion: '0.1.0',
      createdAt: '2026-12-01T09:00:00.000Z',
      learner: { profileId, name: `Person ${p + 1}`, team: `Team ${(p % 5) + 1}` },
      sequence: 1,
      publicKey: await exportPublicJwk(pair.publicKey),
      topics: topics.slice(0, shape.topics),
      includesAnswers: false,
      attempts,
    };
    const signature = await signPayload(pair.privateKey, payload);
    files.push({
      name: `readiness-person-${p + 1}-2026-12-01.json`,
      text: serializeReadinessReport({ payload, signature }),
    });
  }
  return files;
}
