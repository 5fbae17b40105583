import { describe, expect, it } from 'vitest';
import type { AuditorMessage } from '@/domain/interview/interview-types';
import {
  answers,
  askedPath,
  backupScenario,
  recordingMachine,
  startInterview,
  whereAt,
} from './support/interview-harness';

const scenario = backupScenario();
const strong = {
  'backup-schedule': 'Our backup policy requires nightly backups, copied offsite and encrypted.',
  'dr-plan': 'Our recovery plan is tested in a yearly failover test.',
  'restore-tests': 'We run a restore test every quarter and file a test report.',
} as const;

function started(input = {}) {
  const { machine, effects } = recordingMachine(scenario);
  const actor = startInterview(machine, input);
  actor.send({ type: 'interview.start' });
  return { actor, effects };
}

function answerStrongly(actor: ReturnType<typeof started>['actor']) {
  const id = actor.getSnapshot().context.position?.questionId as keyof typeof strong;
  actor.send({ type: 'answer.submit', text: strong[id] });
}

describe('interview machine: flow', () => {
  it('opens with the introduction and waits for interview.start', () => {
    const { machine, effects } = recordingMachine(scenario);
    const actor = startInterview(machine);
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('introduction');
    expect(snapshot.hasTag('introduction')).toBe(true);
    expect(snapshot.hasTag('awaiting-answer')).toBe(false);
    expect(snapshot.context.transcript).toEqual([
      { role: 'auditor', at: 1_001_000, message: { kind: 'introduction' } },
    ]);
    expect(effects.spoken).toEqual([{ kind: 'introduction' }]);
  });

  it('asks the first main question on interview.start', () => {
    const { actor } = started();
    const snapshot = actor.getSnapshot();
    expect(snapshot.matches({ asking: 'main' })).toBe(true);
    expect(snapshot.hasTag('awaiting-answer')).toBe(true);
    expect(snapshot.hasTag('main-question')).toBe(true);
    expect(whereAt(snapshot)).toBe('backup-schedule');
  });

  it('walks strong answers to wrap-up without a single probe', () => {
    const { actor } = started();
    for (let i = 0; i < 3; i += 1) answerStrongly(actor);
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    expect(snapshot.hasTag('finished')).toBe(true);
    expect(askedPath(snapshot)).toEqual(['backup-schedule', 'dr-plan', 'restore-tests']);
    expect(answers(snapshot).map((a) => a.result.grade)).toEqual(['conformity', 'conformity', 'conformity']);
  });

  it('probes when essential evidence is missing and moves on once the probe supplies it', () => {
    const { actor } = started();
    actor.send({ type: 'answer.submit', text: 'Nightly backups go to a second site, encrypted.' });
    expect(whereAt(actor.getSnapshot())).toBe('backup-schedule/which-policy');
    expect(actor.getSnapshot().hasTag('probe')).toBe(true);
    actor.send({ type: 'answer.submit', text: 'The backup policy, signed last year.' });
    expect(whereAt(actor.getSnapshot())).toBe('dr-plan');
  });

  it('evaluates rules in order against the accumulated result and stops at the probe limit', () => {
    const { actor } = started();
    actor.send({ type: 'answer.submit', text: 'We have nightly backups.' });
    actor.send({ type: 'answer.dont-know' });
    // Still below 60 and how-protected unasked, but the friendly auditor has used both probes.
    actor.send({ type: 'answer.dont-know' });
    expect(askedPath(actor.getSnapshot())).toEqual([
      'backup-schedule',
      'backup-schedule/which-policy',
      'backup-schedule/where-copies',
      'dr-plan',
    ]);
  });

  it('jumps to another main question on a red flag and never asks a main question twice', () => {
    const { actor } = started();
    actor.send({
      type: 'answer.submit',
      text: 'Our backup policy: nightly, offsite, encrypted, but restores were never tested.',
    });
    expect(whereAt(actor.getSnapshot())).toBe('restore-tests');
    answerStrongly(actor);
    expect(whereAt(actor.getSnapshot())).toBe('dr-plan');
    answerStrongly(actor);
    expect(actor.getSnapshot().status).toBe('done');
    expect(askedPath(actor.getSnapshot())).toEqual(['backup-schedule', 'restore-tests', 'dr-plan']);
  });

  it('ignores an empty answer.submit', () => {
    const { actor } = started();
    actor.send({ type: 'answer.submit', text: '   ' });
    expect(answers(actor.getSnapshot())).toHaveLength(0);
    expect(whereAt(actor.getSnapshot())).toBe('backup-schedule');
  });

  it.each([
    ['zero-width characters', '\u200b\u200c\u200d\ufeff'],
    ['bidi controls and spaces', ' \u202e\u2066 \u200f\u2069 '],
  ])('ignores an answer.submit of only %s', (_, text) => {
    const { actor } = started();
    actor.send({ type: 'answer.submit', text });
    expect(answers(actor.getSnapshot())).toHaveLength(0);
    expect(whereAt(actor.getSnapshot())).toBe('backup-schedule');
  });
});

describe('interview machine: learner moves', () => {
  it('records "I don\'t know" as an empty answer and still probes for the missing evidence', () => {
    const { actor } = started();
    actor.send({ type: 'answer.dont-know' });
    const [answer] = answers(actor.getSnapshot());
    expect(answer).toMatchObject({ questionId: 'backup-schedule', kind: 'dont-know', text: '', attempt: 1 });
    expect(answer?.result.score).toBe(0);
    expect(whereAt(actor.getSnapshot())).toBe('backup-schedule/which-policy');
  });

  it('skips a main question without probing and acknowledges the skip', () => {
    const { actor } = started();
    actor.send({ type: 'question.skip' });
    const snapshot = actor.getSnapshot();
    expect(whereAt(snapshot)).toBe('dr-plan');
    expect(answers(snapshot)[0]).toMatchObject({ kind: 'skip', questionId: 'backup-schedule' });
    const acknowledge = snapshot.context.transcript.find(
      (t) => t.role === 'auditor' && t.message.kind === 'acknowledge',
    );
    expect(acknowledge).toMatchObject({ message: { kind: 'acknowledge', tone: 'friendly', variant: 'skipped' } });
  });

  it('skipping a probe leaves the whole main question', () => {
    const { actor } = started();
    actor.send({ type: 'answer.dont-know' });
    actor.send({ type: 'question.skip' });
    expect(whereAt(actor.getSnapshot())).toBe('dr-plan');
  });

  it.each([
    ['question.repeat', 'backup-schedule', undefined, 'repeat'],
    ['question.rephrase', 'backup-schedule', undefined, 'rephrase'],
  ] as const)('%s restates the main question without moving', (type, questionId, probeId, phrasing) => {
    const { actor, effects } = started();
    actor.send({ type });
    const snapshot = actor.getSnapshot();
    expect(whereAt(snapshot)).toBe(questionId);
    const expected: AuditorMessage = { kind: 'question', questionId, ...(probeId ? { probeId } : {}), phrasing };
    expect(snapshot.context.transcript.at(-1)).toMatchObject({ role: 'auditor', message: expected });
    expect(effects.spoken.at(-1)).toEqual(expected);
  });

  it('rephrase falls back to repeating when the probe has no rephrased text', () => {
    const { actor } = started();
    actor.send({ type: 'answer.dont-know' }); // which-policy has no rephrase
    actor.send({ type: 'question.rephrase' });
    expect(actor.getSnapshot().context.transcript.at(-1)).toMatchObject({
      message: { kind: 'question', questionId: 'backup-schedule', probeId: 'which-policy', phrasing: 'repeat' },
    });
  });

  it('finishes early from any question and leaves the rest unasked', () => {
    const { actor } = started();
    answerStrongly(actor);
    actor.send({ type: 'interview.finish' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.transcript.at(-1)).toMatchObject({ role: 'auditor', message: { kind: 'closing' } });
    expect(snapshot.output?.answeredQuestions).toBe(1);
  });

  it('finishes from the introduction with an empty report', () => {
    const { machine } = recordingMachine(scenario);
    const actor = startInterview(machine);
    actor.send({ type: 'interview.finish' });
    expect(actor.getSnapshot().output).toMatchObject({ answeredQuestions: 0, grade: null, score: 0 });
  });
});

describe('interview machine: transcript and side effects', () => {
  it('stamps turns with the injected clock', () => {
    const { actor } = started();
    actor.send({ type: 'answer.submit', text: strong['backup-schedule'] });
    const [answer] = answers(actor.getSnapshot());
    const times = actor.getSnapshot().context.transcript.map((t) => t.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(answer?.askedAt).toBe(1_002_000);
    expect(answer?.answeredAt).toBe(1_003_000);
  });

  it('speaks every auditor turn once and persists after answers and position changes', () => {
    const { actor, effects } = started();
    actor.send({ type: 'answer.dont-know' });
    const auditorTurns = actor.getSnapshot().context.transcript.filter((t) => t.role === 'auditor');
    expect(effects.spoken).toEqual(auditorTurns.map((t) => t.message));
    expect(effects.persisted).toEqual(['position', 'answer', 'position']);
  });

  it('takes the persona from the scenario unless the input sets one', () => {
    expect(started().actor.getSnapshot().context.persona).toBe('friendly');
    expect(started({ persona: 'strict' }).actor.getSnapshot().context.persona).toBe('strict');
  });
});
