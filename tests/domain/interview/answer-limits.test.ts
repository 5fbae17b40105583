import { describe, expect, it } from 'vitest';
import { boundAnswerText, fitsAnswerLimit } from '@/domain/interview/answer-text';
import { fieldLimits } from '@/domain/records/limits';
import { answers, backupScenario, recordingMachine, startInterview, whereAt } from './support/interview-harness';

const scenario = backupScenario();
const limit = fieldLimits.answerChars;

function started(mode: 'practice' | 'mock' = 'practice') {
  const { machine, effects } = recordingMachine(scenario);
  const actor = startInterview(machine, { mode, timeLimitSeconds: 60 });
  actor.send({ type: 'interview.start' });
  return { actor, effects };
}

describe('answers at the length limit', () => {
  it('takes an answer of exactly the limit', () => {
    const { actor } = started();
    actor.send({ type: 'answer.submit', text: 'b'.repeat(limit) });
    expect(answers(actor.getSnapshot()).map((a) => a.text.length)).toEqual([limit]);
  });

  it('ignores an answer one character over the limit: nothing is recorded or persisted', () => {
    const { actor, effects } = started();
    const before = whereAt(actor.getSnapshot());
    actor.send({ type: 'answer.submit', text: 'b'.repeat(limit + 1) });
    expect(answers(actor.getSnapshot())).toEqual([]);
    expect(whereAt(actor.getSnapshot())).toBe(before);
    expect(actor.getSnapshot().hasTag('awaiting-answer')).toBe(true);
    expect(effects.persisted).not.toContain('answer');
  });

  it('keeps the first limit characters of an over-long text when the time is up', () => {
    const { actor } = started('mock');
    actor.send({ type: 'timer.expire', text: `${'c'.repeat(limit)}tail` });
    expect(answers(actor.getSnapshot()).map((a) => [a.kind, a.text])).toEqual([['timeout', 'c'.repeat(limit)]]);
  });
});

describe('boundAnswerText', () => {
  it.each([
    ['a short text', 'short', 'short'],
    ['a text of the limit', 'd'.repeat(limit), 'd'.repeat(limit)],
    ['a longer text', 'd'.repeat(limit + 5), 'd'.repeat(limit)],
    ['a pair across the limit', `${'d'.repeat(limit - 1)}😀`, 'd'.repeat(limit - 1)],
    ['a pair just inside the limit', `${'d'.repeat(limit - 2)}😀x`, `${'d'.repeat(limit - 2)}😀`],
  ])('%s', (_name, text, kept) => {
    expect(boundAnswerText(text)).toBe(kept);
    expect(fitsAnswerLimit(boundAnswerText(text))).toBe(true);
  });
});
