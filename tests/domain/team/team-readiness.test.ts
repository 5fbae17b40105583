import { describe, expect, it } from 'vitest';
import { cellKey, compareControls, teamReadiness } from '@/domain/team/team-readiness';
import type { TeamAttempt, TeamPerson, TeamReadinessInput } from '@/domain/team/team-types';
import { finding, teamAttempt, uuid } from './support/team-fixtures';

const ada: TeamPerson = { profileId: uuid(1), name: 'Ada', team: 'Ops' };
const bob: TeamPerson = { profileId: uuid(2), name: 'Bob', team: 'Dev' };
const cy: TeamPerson = { profileId: uuid(3), name: 'Cy', team: 'Ops' };
const asOf = '2026-12-01T00:00:00.000Z';

/** An ISO time `days` days before asOf. */
const daysBefore = (days: number) => new Date(Date.parse(asOf) - days * 86_400_000).toISOString();

function attemptOf(person: TeamPerson, daysAgo: number, overrides: Partial<TeamAttempt> = {}): TeamAttempt {
  return teamAttempt({ profileId: person.profileId, date: daysBefore(daysAgo), ...overrides });
}

function model(attempts: TeamAttempt[], overrides: Partial<TeamReadinessInput> = {}) {
  return teamReadiness({ people: [ada, bob, cy], attempts, asOf, now: asOf, ...overrides });
}

const topicCell = (m: ReturnType<typeof model>, person: TeamPerson, topic = 'patch-management') =>
  m.cells.topic.get(cellKey(person.profileId, topic))!;
const controlCell = (m: ReturnType<typeof model>, person: TeamPerson, control: string) =>
  m.cells.control.get(cellKey(person.profileId, control))!;

describe('teamReadiness: the score', () => {
  it('weighs recent attempts more: each older one counts half the next', () => {
    const rising = model([attemptOf(ada, 10, { score: 40 }), attemptOf(ada, 5, { score: 90 })]);
    const falling = model([attemptOf(ada, 10, { score: 90 }), attemptOf(ada, 5, { score: 40 })]);
    expect(topicCell(rising, ada).score).toBe(73); // (40 x 0.5 + 90) / 1.5
    expect(topicCell(falling, ada).score).toBe(57); // (90 x 0.5 + 40) / 1.5
  });

  it('weighs a mock audit twice a practice run', () => {
    const mockFirst = model([attemptOf(ada, 10, { score: 40, mode: 'mock' }), attemptOf(ada, 5, { score: 100 })]);
    const practiceFirst = model([attemptOf(ada, 10, { score: 40 }), attemptOf(ada, 5, { score: 100 })]);
    expect(topicCell(mockFirst, ada).score).toBe(70); // (40 x 2 x 0.5 + 100) / 2
    expect(topicCell(practiceFirst, ada).score).toBe(80); // (40 x 0.5 + 100) / 1.5
  });

  it('decays towards the audit date: full within 30 days, then halving every 90 days, stale after 60', () => {
    const fresh = topicCell(model([attemptOf(ada, 30, { score: 90 })]), ada);
    expect(fresh).toMatchObject({ score: 90, band: 'ready', daysSinceRehearsed: 30 });
    const older = topicCell(model([attemptOf(ada, 75, { score: 90 })]), ada);
    expect(older.score).toBe(64); // 90 x 0.5^(45/90)
    expect(older.band).toBe('at-risk');
    expect(older.reasons).toContainEqual({ code: 'stale', daysAgo: 75, daysToAudit: 0 });
    const old = topicCell(model([attemptOf(ada, 210, { score: 90 })]), ada);
    expect(old).toMatchObject({ score: 23, band: 'not-ready' }); // 90 x 0.5^2
  });

  it('judges readiness on the audit date, not today: a future audit makes today’s rehearsal older', () => {
    const now = daysBefore(100);
    const attempts = [teamAttempt({ profileId: ada.profileId, date: now, score: 90 })];
    const today = teamReadiness({ people: [ada], attempts, asOf: now, now });
    const onAudit = teamReadiness({ people: [ada], attempts, asOf, now });
    expect(topicCell(today, ada).band).toBe('ready');
    expect(topicCell(onAudit, ada)).toMatchObject({ band: 'at-risk', daysSinceRehearsed: 100 });
    expect(topicCell(onAudit, ada).reasons).toContainEqual({ code: 'stale', daysAgo: 100, daysToAudit: 100 });
  });

  it('ignores incomplete attempts, and says so when they are all there is', () => {
    const m = model([
      attemptOf(ada, 10, { score: 80 }),
      attemptOf(ada, 5, { score: 10, grade: 'major-nc', complete: false }),
      attemptOf(bob, 5, { score: 90, complete: false }),
    ]);
    expect(topicCell(m, ada)).toMatchObject({ score: 80, band: 'ready', attempts: 1, daysSinceRehearsed: 10 });
    expect(topicCell(m, bob)).toMatchObject({
      band: 'not-assessed',
      score: null,
      reasons: [{ code: 'incomplete-only', daysAgo: 5 }],
    });
  });
});

describe('teamReadiness: bands and reasons', () => {
  it('gives every band with its reason', () => {
    const m = model([
      attemptOf(ada, 3, { score: 90, mode: 'mock' }),
      attemptOf(bob, 3, { score: 60, grade: 'observation' }),
      attemptOf(cy, 3, { score: 30, grade: 'minor-nc', findings: [finding({ grade: 'minor-nc' })] }),
    ]);
    expect(topicCell(m, ada)).toMatchObject({ band: 'ready', reasons: [{ code: 'ready', mode: 'mock', daysAgo: 3 }] });
    expect(topicCell(m, bob)).toMatchObject({ band: 'at-risk', reasons: [{ code: 'score-below-ready' }] });
    expect(topicCell(m, cy)).toMatchObject({
      band: 'not-ready',
      reasons: [{ code: 'minor-nc', control: 'A.8.8', mode: 'practice', daysAgo: 3 }, { code: 'score-below-at-risk' }],
    });
    expect(topicCell(m, ada, 'logging-monitoring')).toMatchObject({
      band: 'not-assessed',
      reasons: [{ code: 'no-attempts' }],
      lastRehearsed: null,
    });
  });

  it('a minor NC alone puts a cell at risk', () => {
    const m = model([attemptOf(ada, 3, { score: 85, grade: 'minor-nc', findings: [finding({ grade: 'minor-nc' })] })]);
    expect(topicCell(m, ada)).toMatchObject({ band: 'at-risk', reasons: [{ code: 'minor-nc', control: 'A.8.8' }] });
  });

  it('a major NC in the latest mock audit makes the cell not ready, naming control, mode and days, until a later mock clears it', () => {
    const major = finding({ grade: 'major-nc', controls: ['A.8.8'] });
    const mock = attemptOf(ada, 12, { mode: 'mock', score: 80, grade: 'major-nc', findings: [major] });
    const practiceAfter = attemptOf(ada, 2, { score: 100 });
    const m = model([mock, practiceAfter]);
    expect(topicCell(m, ada).band).toBe('not-ready');
    expect(topicCell(m, ada).reasons[0]).toEqual({ code: 'major-nc', control: 'A.8.8', mode: 'mock', daysAgo: 12 });
    const cleared = model([mock, practiceAfter, attemptOf(ada, 1, { mode: 'mock', score: 95 })]);
    expect(topicCell(cleared, ada).band).toBe('ready');
  });
});

describe('teamReadiness: controls', () => {
  it('aggregates a person’s findings on a control across topics and scenarios', () => {
    const m = model([
      attemptOf(ada, 10, { findings: [finding({ controls: ['A.8.8'], score: 90 })] }),
      attemptOf(ada, 5, {
        topic: 'logging-monitoring',
        scenarioId: 'tiny-logging',
        findings: [
          finding({ questionId: 'q-log', controls: ['A.8.8', 'A.8.15'], score: 30, grade: 'observation' }),
          finding({ questionId: 'q-other', controls: ['A.8.15'], score: 70 }),
        ],
      }),
    ]);
    expect(m.controls).toEqual(['A.8.8', 'A.8.15']);
    expect(controlCell(m, ada, 'A.8.8')).toMatchObject({ attempts: 2, score: 50 }); // (90 x 0.5 + 30) / 1.5
    expect(controlCell(m, ada, 'A.8.15')).toMatchObject({ attempts: 1, score: 50 }); // mean of 30 and 70
    expect(controlCell(m, bob, 'A.8.8')).toMatchObject({ band: 'not-assessed', reasons: [{ code: 'no-attempts' }] });
  });

  it('a control’s major NC names that control, even when the topic’s attempt is graded overall', () => {
    const m = model([
      attemptOf(ada, 4, {
        mode: 'mock',
        grade: 'major-nc',
        findings: [
          finding({ controls: ['A.8.8'] }),
          finding({ questionId: 'q-two', controls: ['A.8.32'], grade: 'major-nc', score: 10 }),
        ],
      }),
    ]);
    expect(controlCell(m, ada, 'A.8.8').band).toBe('ready');
    expect(controlCell(m, ada, 'A.8.32')).toMatchObject({
      band: 'not-ready',
      reasons: [{ code: 'major-nc', control: 'A.8.32', mode: 'mock', daysAgo: 4 }, { code: 'score-below-at-risk' }],
    });
    expect(topicCell(m, ada).reasons[0]).toMatchObject({ code: 'major-nc', control: 'A.8.32' });
  });

  it('lists controls and topics with nobody or only one person ready as coverage risks', () => {
    const onBoth = (person: TeamPerson, score: number) =>
      attemptOf(person, 3, {
        score,
        findings: [
          finding({ controls: ['A.8.8'], score }),
          finding({ questionId: 'q-two', controls: ['A.8.9'], score: person === ada ? 90 : 20 }),
        ],
      });
    const m = model([onBoth(ada, 90), onBoth(bob, 90), onBoth(cy, 40)]);
    const risks = m.coverageRisks.filter((risk) => risk.kind === 'control');
    expect(risks).toEqual([{ kind: 'control', key: 'A.8.9', readyPeople: [ada.profileId] }]);
    const topicRisks = new Map(m.coverageRisks.filter((r) => r.kind === 'topic').map((r) => [r.key, r.readyPeople]));
    expect(topicRisks.has('patch-management')).toBe(false);
    expect(topicRisks.get('logging-monitoring')).toEqual([]);
  });

  it('orders controls naturally', () => {
    expect(['A.8.10', 'A.5.2', 'A.8.9', 'A.5.10'].sort(compareControls)).toEqual([
      'A.5.2',
      'A.5.10',
      'A.8.9',
      'A.8.10',
    ]);
  });
});

describe('teamReadiness: misses, red flags, trend, filters', () => {
  it('counts the evidence and controls most often missing or negated, with people', () => {
    const missing = (status: 'missing' | 'negated') =>
      finding({
        grade: 'minor-nc',
        missing: [{ evidenceId: 'deadline', label: 'Deadlines', status, essential: false }],
      });
    const m = model([
      attemptOf(ada, 3, { findings: [missing('negated')] }),
      attemptOf(ada, 2, { findings: [missing('missing')] }),
      attemptOf(bob, 2, { findings: [missing('negated')] }),
    ]);
    expect(m.misses).toContainEqual({
      kind: 'evidence',
      key: 'tiny-patching/q-one/deadline',
      label: 'Deadlines',
      missed: 3,
      negated: 2,
      people: 2,
    });
    expect(m.misses).toContainEqual({
      kind: 'control',
      key: 'A.8.8',
      label: 'A.8.8',
      missed: 3,
      negated: 2,
      people: 2,
    });
  });

  it('lists red flags by frequency with their dates', () => {
    const flagged = finding({ redFlags: [{ redFlagId: 'no-patching', label: 'No patching', severity: 'major' }] });
    const m = model([
      attemptOf(ada, 3, { findings: [flagged] }),
      attemptOf(bob, 1, { findings: [flagged], complete: false }),
    ]);
    expect(m.redFlags).toEqual([
      {
        key: 'tiny-patching/no-patching',
        label: 'No patching',
        severity: 'major',
        count: 2,
        dates: [daysBefore(3), daysBefore(1)],
      },
    ]);
  });

  it('draws the trend per person and for the team, by day', () => {
    const m = model([
      attemptOf(ada, 10, { score: 40 }),
      attemptOf(bob, 10, { score: 80 }),
      attemptOf(ada, 5, { score: 100 }),
      attemptOf(ada, 5, { topic: 'logging-monitoring', score: 60 }),
    ]);
    const day = (n: number) => daysBefore(n).slice(0, 10);
    expect(m.trend.byPerson.get(ada.profileId)).toEqual([
      { date: day(10), score: 40 },
      { date: day(5), score: 70 }, // patch (40 x 0.5 + 100) / 1.5 = 80, logging 60: mean 70
    ]);
    expect(m.trend.team).toEqual([
      { date: day(10), score: 60 },
      { date: day(5), score: 75 },
    ]);
  });

  it('filters by mode, period and team label', () => {
    const attempts = [
      attemptOf(ada, 20, { mode: 'mock', score: 30 }),
      attemptOf(ada, 5, { score: 90 }),
      attemptOf(bob, 5, { score: 90 }),
    ];
    expect(topicCell(model(attempts, { filters: { mode: 'mock' } }), ada).score).toBe(30);
    expect(topicCell(model(attempts, { filters: { since: daysBefore(10) } }), ada).score).toBe(90);
    const ops = model(attempts, { filters: { team: 'Ops' } });
    expect(ops.people.map((p) => p.name)).toEqual(['Ada', 'Cy']);
    expect(ops.cells.topic.has(cellKey(bob.profileId, 'patch-management'))).toBe(false);
  });

  it('lists who needs a rehearsal before the audit: not ready or at risk on that day', () => {
    const m = model([
      attemptOf(ada, 3, { score: 95 }),
      attemptOf(bob, 100, { score: 95 }),
      attemptOf(cy, 3, { score: 20 }),
    ]);
    expect(m.needsRehearsal).toEqual([
      { profileId: bob.profileId, topic: 'patch-management', band: 'at-risk' },
      { profileId: cy.profileId, topic: 'patch-management', band: 'not-ready' },
    ]);
  });
});
