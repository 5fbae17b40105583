import { describe, expect, it } from 'vitest';
import { maxAttempts } from '@/domain/interview/interview-machine';
import {
  answers,
  askedPath,
  backupScenario,
  recordingMachine,
  startInterview,
  whereAt,
} from './support/interview-harness';

const scenario = backupScenario();
const policyOnly = 'We have a backup policy.';
const full = 'Our backup policy requires nightly backups, copied offsite and encrypted.';

function started(input: Parameters<typeof startInterview>[1]) {
  const { machine, effects } = recordingMachine(scenario);
  const actor = startInterview(machine, input);
  actor.send({ type: 'interview.start' });
  return { actor, effects };
}

describe('practice mode', () => {
  it('shows feedback once a main question is done, then continues', () => {
    const { actor } = started({ mode: 'practice' });
    actor.send({ type: 'answer.submit', text: full });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('feedback');
    expect(snapshot.hasTag('showing-feedback')).toBe(true);
    expect(snapshot.hasTag('awaiting-answer')).toBe(false);
    actor.send({ type: 'feedback.continue' });
    expect(whereAt(actor.getSnapshot())).toBe('dr-plan');
  });

  it("still shows the question's feedback when a follow-up is skipped", () => {
    const { actor } = started({ mode: 'practice' });
    actor.send({ type: 'answer.submit', text: policyOnly });
    expect(whereAt(actor.getSnapshot())).toBe('backup-schedule/where-copies');
    actor.send({ type: 'question.skip' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.hasTag('showing-feedback')).toBe(true);
    expect(snapshot.context.position).toMatchObject({ questionId: 'backup-schedule' });
    actor.send({ type: 'feedback.continue' });
    expect(whereAt(actor.getSnapshot())).toBe('dr-plan');
  });

  it('moves on without feedback when the main question itself is skipped', () => {
    const { actor } = started({ mode: 'practice' });
    actor.send({ type: 'question.skip' });
    expect(actor.getSnapshot().hasTag('showing-feedback')).toBe(false);
    expect(whereAt(actor.getSnapshot())).toBe('dr-plan');
  });

  it('asks probes before the feedback, not after each probe answer', () => {
    const { actor } = started({ mode: 'practice' });
    actor.send({ type: 'answer.submit', text: policyOnly });
    expect(whereAt(actor.getSnapshot())).toBe('backup-schedule/where-copies');
    actor.send({ type: 'answer.submit', text: 'Copies go offsite, nightly.' });
    expect(actor.getSnapshot().hasTag('showing-feedback')).toBe(true);
  });

  it('answer.retry asks the same main question again as a new attempt with a fresh probe budget', () => {
    const { actor } = started({ mode: 'practice' });
    actor.send({ type: 'answer.submit', text: policyOnly });
    actor.send({ type: 'answer.dont-know' });
    actor.send({ type: 'answer.dont-know' });
    expect(actor.getSnapshot().hasTag('showing-feedback')).toBe(true);
    actor.send({ type: 'answer.retry' });
    const snapshot = actor.getSnapshot();
    expect(whereAt(snapshot)).toBe('backup-schedule');
    expect(snapshot.context.position?.attempt).toBe(2);
    expect(snapshot.context.askedProbes).toEqual([]);
    actor.send({ type: 'answer.submit', text: policyOnly });
    expect(whereAt(actor.getSnapshot())).toBe('backup-schedule/where-copies');
    expect(answers(actor.getSnapshot()).at(-1)).toMatchObject({ attempt: 2, probeId: null });
  });

  it(`allows ${maxAttempts} attempts per main question, then only feedback.continue`, () => {
    const { actor } = started({ mode: 'practice' });
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      actor.send({ type: 'answer.submit', text: full });
      expect(actor.getSnapshot().context.position?.attempt).toBe(attempt);
      expect(actor.getSnapshot().can({ type: 'answer.retry' })).toBe(attempt < maxAttempts);
      actor.send({ type: 'answer.retry' });
    }
    expect(actor.getSnapshot().hasTag('showing-feedback')).toBe(true);
    actor.send({ type: 'feedback.continue' });
    expect(whereAt(actor.getSnapshot())).toBe('dr-plan');
  });

  it('ignores timer.expire: practice has no time limit', () => {
    const { actor, effects } = started({ mode: 'practice', timeLimitSeconds: 60 });
    actor.send({ type: 'timer.expire' });
    expect(answers(actor.getSnapshot())).toHaveLength(0);
    expect(actor.getSnapshot().context.timeLimitSeconds).toBeNull();
    expect(effects.timers).toEqual([]);
  });
});

describe('mock audit mode', () => {
  it('shows no feedback and offers no retry', () => {
    const { actor } = started({ mode: 'mock' });
    actor.send({ type: 'answer.submit', text: full });
    expect(whereAt(actor.getSnapshot())).toBe('dr-plan');
    actor.send({ type: 'answer.retry' });
    expect(whereAt(actor.getSnapshot())).toBe('dr-plan');
  });

  it('starts the timer for every question and probe and stops it when the answer comes in', () => {
    const { actor, effects } = started({ mode: 'mock', timeLimitSeconds: 90 });
    actor.send({ type: 'question.repeat' }); // restating keeps the running timer
    actor.send({ type: 'answer.dont-know' });
    expect(effects.timers).toEqual(['start:90', 'stop', 'start:90']);
  });

  it('stops the timer when the interview is finished early', () => {
    const { actor, effects } = started({ mode: 'mock', timeLimitSeconds: 45 });
    actor.send({ type: 'interview.finish' });
    expect(effects.timers).toEqual(['start:45', 'stop']);
  });

  it('timer.expire records the words typed so far as the answer', () => {
    const { actor } = started({ mode: 'mock', timeLimitSeconds: 90 });
    actor.send({ type: 'timer.expire', text: 'Our backup policy says nightly' });
    const [answer] = answers(actor.getSnapshot());
    expect(answer).toMatchObject({ kind: 'timeout', text: 'Our backup policy says nightly' });
    expect(answer?.result.evidence.find((e) => e.id === 'backup-policy')?.status).toBe('covered');
  });

  it('timer.expire without text counts as no answer and the auditor says time is up', () => {
    const { actor } = started({ mode: 'mock', timeLimitSeconds: 90 });
    actor.send({ type: 'timer.expire' });
    const snapshot = actor.getSnapshot();
    expect(answers(snapshot)[0]).toMatchObject({ kind: 'timeout', text: '' });
    expect(answers(snapshot)[0]?.result.score).toBe(0);
    expect(snapshot.context.transcript).toContainEqual(
      expect.objectContaining({ message: { kind: 'acknowledge', tone: 'friendly', variant: 'time-up' } }),
    );
    expect(askedPath(snapshot)).toEqual(['backup-schedule', 'backup-schedule/which-policy']);
  });
});
