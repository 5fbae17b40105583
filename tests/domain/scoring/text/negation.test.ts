import { describe, expect, it } from 'vitest';
import type { EvidenceStatus } from '@/domain/scoring/score-types';
import { score, spanTexts, statusOf } from '../scoring-fixtures';

type Row = [locale: 'en' | 'de', answer: string, status: EvidenceStatus];

describe('negation cues', () => {
  const rows: Row[] = [
    ['en', "We don't use MFA for administrators.", 'negated'],
    ['en', 'We do not have MFA for administrators.', 'negated'],
    ['en', 'Administrators never use MFA.', 'negated'],
    ['en', 'Admins no longer use MFA.', 'negated'],
    ['en', 'Administrators log in without MFA.', 'negated'],
    ['en', 'There is no MFA for administrators.', 'negated'],
    ['en', 'MFA is not enforced for administrators.', 'negated'],
    ['en', "MFA isn't used by the admins.", 'negated'],
    ['de', 'Für Administratoren haben wir kein MFA.', 'negated'],
    ['de', 'Administratoren nutzen nie MFA.', 'negated'],
    ['de', 'MFA nutzen die Administratoren nicht.', 'negated'],
    ['de', 'Wir haben keine MFA für Administratoren.', 'negated'],
    ['de', 'Administratoren melden sich ohne MFA an.', 'negated'],
    ['de', 'MFA für Administratoren nutzen wir nicht mehr.', 'negated'],
  ];
  it.each(rows)('(%s) %s -> %s', (locale, answer, status) => {
    expect(statusOf(locale, answer, 'mfa')).toBe(status);
  });
});

describe('what looks like a negation but is not one', () => {
  const rows: Row[] = [
    ['en', 'Not only administrators but all users have MFA.', 'covered'],
    ['en', 'Every administrator uses MFA, without exception.', 'covered'],
    ['en', 'No, all our administrators use MFA.', 'covered'],
    ['en', 'Administrators never skip MFA.', 'covered'],
    ['en', 'Nothing lets an administrator in without MFA.', 'covered'],
    ['en', "We don't use shared accounts, and every administrator has MFA.", 'covered'],
    ['en', 'There are no shared accounts; MFA is enforced for administrators.', 'covered'],
    ['de', 'Nicht nur Administratoren, alle Nutzer haben MFA.', 'covered'],
    ['de', 'Alle Administratoren nutzen MFA, ohne Ausnahme.', 'covered'],
    ['de', 'Nein, alle Administratoren nutzen MFA.', 'covered'],
    ['de', 'Gemeinsame Konten gibt es nicht, aber MFA für Administratoren schon.', 'covered'],
  ];
  it.each(rows)('(%s) %s -> %s', (locale, answer, status) => {
    expect(statusOf(locale, answer, 'mfa')).toBe(status);
  });
});

describe('negation scope ends at the clause', () => {
  const rows: Row[] = [
    ['en', 'Restores are never tested and critical patches are installed within 14 days.', 'covered'],
    ['en', 'We never test restores, but critical patches go out within two weeks.', 'covered'],
    ['de', 'Wiederherstellungen testen wir nie, aber kritische Patches spielen wir in 14 Tagen ein.', 'covered'],
  ];
  it.each(rows)('(%s) %s -> patch window %s', (locale, answer, status) => {
    expect(statusOf(locale, answer, 'patch-window')).toBe(status);
  });
});

describe('negated good evidence is written as a red flag too', () => {
  it.each([
    ['en', 'Restores are never tested.', ['restores', 'never', 'tested']],
    ['en', 'We have no restore test.', ['no', 'restore test']],
    ['de', 'Wiederherstellungstests haben wir keine.', ['Wiederherstellungstests', 'keine']],
    ['de', 'Die Wiederherstellung wurde nie getestet.', ['Wiederherstellung', 'nie', 'getestet']],
  ] as const)('(%s) %s', (locale, answer, words) => {
    const result = score(locale, answer);
    expect(result.evidence.find((e) => e.id === 'restore-tests')?.status).toBe('negated');
    expect(result.redFlags.map((f) => f.id)).toContain('untested-restores');
    expect(spanTexts(answer, result, 'untested-restores').join(' ').toLowerCase()).toBe(words.join(' ').toLowerCase());
  });

  it('does not raise a negative red flag when the answer states the practice', () => {
    expect(score('en', 'We test restores every month.').redFlags).toEqual([]);
    expect(score('de', 'Wir machen jeden Monat einen Wiederherstellungstest.').redFlags).toEqual([]);
  });
});
