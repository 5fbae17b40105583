import { scenarioSchema, type Scenario, type Topic } from '@/domain/scenario/scenario-schema';
import type { ReadinessReportPayload } from '@/domain/team/readiness-report-schema';
import type { TeamAttempt, TeamFinding } from '@/domain/team/team-types';

const text = (en: string) => ({ en, de: `${en} (de)` });

/** A two-question scenario: q-one concerns A.8.8, q-two A.8.9 and A.8.32. */
export function tinyScenario(id = 'tiny-patching', topic: Topic = 'patch-management'): Scenario {
  return scenarioSchema.parse({
    id,
    schemaVersion: 1,
    version: '1.0.0',
    title: text('Tiny'),
    summary: text('A tiny scenario'),
    topic,
    controls: ['A.8.8'],
    introduction: text('Hello'),
    closing: text('Bye'),
    questions: [
      {
        id: 'q-one',
        prompt: text('How do you patch?'),
        controls: ['A.8.8'],
        evidence: [
          { id: 'cycle', label: text('Patch cycle'), essential: true, phrases: { en: ['monthly'] } },
          { id: 'deadline', label: text('Deadlines'), phrases: { en: ['deadline'] } },
        ],
        redFlags: [{ id: 'no-patching', label: text('No patching'), severity: 'major', phrases: { en: ['never'] } }],
        modelAnswer: text('Monthly with deadlines'),
      },
      {
        id: 'q-two',
        prompt: text('How do you prove it?'),
        controls: ['A.8.9', 'A.8.32'],
        evidence: [{ id: 'report', label: text('Compliance report'), phrases: { en: ['report'] } }],
        modelAnswer: text('A report'),
      },
    ],
  });
}

let counter = 0;
/** A UUID-shaped id that is stable within a run and readable in failures. */
export function uuid(n = ++counter): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export function finding(overrides: Partial<TeamFinding> = {}): TeamFinding {
  return {
    questionId: 'q-one',
    question: 'How do you patch?',
    grade: 'conformity',
    controls: ['A.8.8'],
    given: [{ evidenceId: 'cycle', label: 'Patch cycle' }],
    missing: [],
    redFlags: [],
    ...overrides,
  };
}

export function teamAttempt(overrides: Partial<TeamAttempt> = {}): TeamAttempt {
  return {
    attemptId: uuid(),
    profileId: uuid(1000),
    scenarioId: 'tiny-patching',
    scenarioVersion: '1.0.0',
    topic: 'patch-management',
    mode: 'practice',
    date: '2026-11-01T10:00:00.000Z',
    score: 80,
    grade: 'conformity',
    complete: true,
    findings: [finding()],
    ...overrides,
  };
}

export function reportPayload(overrides: Partial<ReadinessReportPayload> = {}): ReadinessReportPayload {
  const profileId = overrides.learner?.profileId ?? uuid(1000);
  return {
    format: 'mock-audit-trainer/readiness-report',
    formatVersion: 1,
    appVersion: '0.1.0',
    createdAt: '2026-11-02T10:00:00.000Z',
    learner: { profileId, name: 'Ada Example' },
    sequence: 1,
    publicKey: { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'B'.repeat(43) },
    topics: ['patch-management'],
    includesAnswers: false,
    attempts: [teamAttempt({ profileId })],
    ...overrides,
  };
}
