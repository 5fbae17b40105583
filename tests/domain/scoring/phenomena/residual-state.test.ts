import { describe, expect, it } from 'vitest';
import type { Locale } from '@/domain/scenario/locale';
import { defaultGrading } from '@/domain/scenario/scenario-schema';
import { scoreAnswer } from '@/domain/scoring/score-answer';
import type { EvidenceStatus, ScoringInput } from '@/domain/scoring/score-types';
import { item } from '../scoring-fixtures';

/**
 * An item named by a bad thing ("default account", "unused services") is evidence when the answer denies that the
 * bad thing is left over: "no default accounts are left enabled" says they were removed. Only a word for what is
 * left over (left enabled, remain, still active; bleibt aktiv, übrig, mehr aktiv) turns the negation around: "we
 * do not remove default accounts" stays a negation.
 */
const input = (locale: Locale): ScoringInput => ({
  locale,
  grading: defaultGrading,
  prompt: locale === 'de' ? 'Wie härten Sie Ihre Server?' : 'How do you harden your servers?',
  evidence: [
    item('default-account', ['default account', 'default password'], ['Standardkonto', 'Standardpasswort']),
    item('unused-services', ['unused services'], ['unnötige Dienste']),
    item('board-review', ['board reviews the baseline'], ['Architekturrat prüft die Baseline']),
  ],
  redFlags: [],
});

const statusOf = (locale: Locale, answer: string, id: string): EvidenceStatus =>
  scoreAnswer(answer, input(locale)).evidence.find((e) => e.id === id)?.status ?? 'missing';

type Row = [locale: Locale, answer: string, id: string, status: EvidenceStatus];

describe('denying that a bad state is left over credits the item', () => {
  const rows: Row[] = [
    [
      'en',
      'Our hardening standard is approved by the CISO. No default accounts are left enabled, and the architecture board reviews the baseline every year.',
      'default-account',
      'covered',
    ],
    [
      'en',
      'No default accounts are left enabled, and the board reviews the baseline yearly.',
      'board-review',
      'covered',
    ],
    ['en', 'No default passwords remain on any device after the build.', 'default-account', 'covered'],
    ['en', 'No default accounts are still active on our servers.', 'default-account', 'covered'],
    ['en', 'No unused services are left running.', 'unused-services', 'covered'],
    ['en', 'Default accounts are not left enabled anywhere.', 'default-account', 'covered'],
    ['en', "We don't let default passwords remain after the first login.", 'default-account', 'covered'],
    [
      'de',
      'Kein Standardkonto bleibt aktiv, und der Architekturrat prüft die Baseline jährlich.',
      'default-account',
      'covered',
    ],
    ['de', 'Keine Standardkonten sind mehr aktiv.', 'default-account', 'covered'],
    ['de', 'Nach dem Aufbau ist kein Standardpasswort übrig.', 'default-account', 'covered'],
    ['de', 'Unnötige Dienste bleiben nicht aktiv.', 'unused-services', 'covered'],
  ];
  it.each(rows)('(%s) %s -> %s %s', (locale, answer, id, status) => {
    expect(statusOf(locale, answer, id)).toBe(status);
  });
});

describe('without a word for what is left over, the negation stands', () => {
  const rows: Row[] = [
    ['en', 'We do not remove default accounts.', 'default-account', 'negated'],
    ['en', 'We have no process for default passwords.', 'default-account', 'negated'],
    ['en', 'Nobody checks for unused services.', 'unused-services', 'negated'],
    ['de', 'Wir entfernen keine Standardkonten.', 'default-account', 'negated'],
    ['de', 'Um unnötige Dienste kümmert sich niemand.', 'unused-services', 'negated'],
  ];
  it.each(rows)('(%s) %s -> %s %s', (locale, answer, id, status) => {
    expect(statusOf(locale, answer, id)).toBe(status);
  });
});
