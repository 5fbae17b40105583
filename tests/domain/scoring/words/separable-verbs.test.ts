import { describe, expect, it } from 'vitest';
import type { EvidenceStatus } from '@/domain/scoring/score-types';
import { inputFor, item, score } from '../scoring-fixtures';

// German verbs whose particle moves to the end of the clause: the phrase names the whole verb.
const evidence = [
  item('reconciliation', ['reconcile changes with tickets'], ['Änderungen mit Tickets abgleichen']),
  item('rollout', ['roll out patches'], ['Patches einspielen']),
  item('shutdown', ['switch off unused services'], ['ungenutzte Dienste abschalten']),
];
const statusOf = (answer: string, id: string): EvidenceStatus | undefined =>
  score('de', answer, { evidence, redFlags: [] }).evidence.find((e) => e.id === id)?.status;

describe('German separable verbs', () => {
  it.each([
    ['Wir gleichen die Änderungen jeden Monat mit den Tickets ab.', 'reconciliation', 'covered'],
    [
      'Das Team gleicht die Änderungen monatlich mit den Tickets ab, danach schließen wir sie.',
      'reconciliation',
      'covered',
    ],
    ['Es ist Pflicht, die Änderungen monatlich mit den Tickets abzugleichen.', 'reconciliation', 'covered'],
    ['Die Änderungen gleichen wir nicht mit den Tickets ab.', 'reconciliation', 'negated'],
    ['Wir spielen die Patches jeden Dienstag ein.', 'rollout', 'covered'],
    ['Patches spielt bei uns niemand ein.', 'rollout', 'negated'],
    ['Wir schalten ungenutzte Dienste auf allen Servern ab.', 'shutdown', 'covered'],
    ['Ungenutzte Dienste werden auf allen Servern abgeschaltet.', 'shutdown', 'covered'],
    ['Ungenutzte Dienste schalten wir künftig ab.', 'shutdown', 'planned'],
  ] as const)('"%s": %s is %s', (answer, id, expected) => {
    expect(statusOf(answer, id)).toBe(expected);
  });

  it('does not join a particle that does not end its clause', () => {
    expect(
      statusOf('Wir gleichen ab und zu etwas, die Änderungen und Tickets liegen im System.', 'reconciliation'),
    ).not.toBe('covered');
  });

  it('leaves English answers alone', () => {
    expect(
      score('en', 'We reconcile changes with tickets.', inputFor('en', { evidence, redFlags: [] })).evidence[0]?.status,
    ).toBe('covered');
  });
});
