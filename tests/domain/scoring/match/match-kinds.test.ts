import { describe, expect, it } from 'vitest';
import type { EvidenceStatus } from '@/domain/scoring/score-types';
import { statusOf } from '../scoring-fixtures';

type Row = [kind: string, locale: 'en' | 'de', answer: string, id: string, status: EvidenceStatus];

// Each kind of match in its plain, negated and planned form, in English and German.
const rows: Row[] = [
  ['word forms', 'en', 'We tested the restores of our databases last month.', 'restore-tests', 'covered'],
  ['word forms', 'en', 'Restored systems are tested after every incident.', 'restore-tests', 'covered'],
  ['word forms', 'en', "We haven't tested any restores.", 'restore-tests', 'negated'],
  ['word forms', 'en', 'We plan to start testing restores.', 'restore-tests', 'planned'],
  ['word forms', 'de', 'Wir testeten die Wiederherstellungen im Mai.', 'restore-tests', 'covered'],
  ['word forms', 'de', 'Wiederherstellungen werden bei uns nicht getestet.', 'restore-tests', 'negated'],
  ['word forms', 'de', 'Wir wollen Wiederherstellungen künftig testen.', 'restore-tests', 'planned'],
  ['compounds', 'de', 'Jeden Monat machen wir einen Wiederherstellungstest.', 'restore-tests', 'covered'],
  ['compounds', 'de', 'Wir machen einen Test der Wiederherstellung pro Quartal.', 'restore-tests', 'covered'],
  ['compounds', 'de', 'Einen Wiederherstellungstest machen wir nicht.', 'restore-tests', 'negated'],
  ['compounds', 'de', 'Wiederherstellungstests sind für nächstes Jahr geplant.', 'restore-tests', 'planned'],
  ['compounds', 'en', 'The restore-test results are filed in Jira.', 'restore-tests', 'covered'],
  ['compounds', 'en', 'We do not have restore-test results.', 'restore-tests', 'negated'],
  ['compounds', 'en', 'Next year we will add restore-test reports.', 'restore-tests', 'planned'],
  ['flexible order', 'en', 'A test of the restore is run every quarter.', 'restore-tests', 'covered'],
  ['flexible order', 'en', 'Tests of a full restore never happen.', 'restore-tests', 'negated'],
  ['flexible order', 'en', 'We want to run tests of a full restore.', 'restore-tests', 'planned'],
  ['flexible order', 'de', 'Die Wiederherstellung aller Server testen wir monatlich.', 'restore-tests', 'covered'],
  ['flexible order', 'de', 'Die Wiederherstellung testen wir nie.', 'restore-tests', 'negated'],
  ['flexible order', 'de', 'Die Wiederherstellung sollten wir öfter testen.', 'restore-tests', 'planned'],
  ['synonyms', 'en', 'All admins have to use 2FA.', 'mfa', 'covered'],
  ['synonyms', 'en', 'Two-factor authentication is enforced for every sysadmin.', 'mfa', 'covered'],
  ['synonyms', 'en', 'Administrators log in with multi-factor.', 'mfa', 'covered'],
  ['synonyms', 'en', "Our admins don't use 2FA.", 'mfa', 'negated'],
  ['synonyms', 'en', 'We should roll out multifactor authentication for admins.', 'mfa', 'planned'],
  ['synonyms', 'de', 'Alle Admins nutzen Zwei-Faktor-Authentifizierung.', 'mfa', 'covered'],
  ['synonyms', 'de', 'Für Administratoren gibt es keine Zwei-Faktor-Authentifizierung.', 'mfa', 'negated'],
  ['synonyms', 'de', 'Wir wollen 2FA für Administratoren einführen.', 'mfa', 'planned'],
  ['durations', 'en', 'Critical patches are installed within two weeks.', 'patch-window', 'covered'],
  ['durations', 'en', 'We apply critical patches within a fortnight.', 'patch-window', 'covered'],
  ['durations', 'en', 'Critical patches follow a 2-week cycle.', 'patch-window', 'covered'],
  ['durations', 'en', 'Critical patches have a fourteen day deadline.', 'patch-window', 'covered'],
  ['durations', 'en', 'Critical patches are never installed within two weeks.', 'patch-window', 'negated'],
  ['durations', 'en', 'Next year we will install critical patches within a fortnight.', 'patch-window', 'planned'],
  ['durations', 'de', 'Kritische Patches spielen wir in zwei Wochen ein.', 'patch-window', 'covered'],
  ['durations', 'de', 'Kritische Patches kommen innerhalb von 14 Tagen.', 'patch-window', 'covered'],
  ['durations', 'de', 'Kritische Patches schaffen wir nie in zwei Wochen.', 'patch-window', 'negated'],
  ['durations', 'de', 'Kritische Patches sollen künftig in zwei Wochen drauf sein.', 'patch-window', 'planned'],
  ['frequencies', 'en', 'Logs are reviewed every week.', 'log-review', 'covered'],
  ['frequencies', 'en', 'Once a week someone reviews the logs.', 'log-review', 'covered'],
  ['frequencies', 'de', 'Die Logs werden jede Woche ausgewertet.', 'log-review', 'covered'],
  ['frequencies', 'de', 'Eine wöchentliche Auswertung der Logs gibt es nicht.', 'log-review', 'negated'],
  ['typos', 'en', 'We keep a documented hardenign baseline.', 'baseline', 'partial'],
  ['typos', 'en', "We don't have a documented hardenign baseline.", 'baseline', 'negated'],
  ['typos', 'en', 'We plan a documneted hardening baseline.', 'baseline', 'planned'],
  ['typos', 'de', 'Es gibt eine dokumnetierte Härtungsbaseline.', 'baseline', 'partial'],
  ['typos', 'de', 'Eine dokumnetierte Härtungsbaseline haben wir nicht.', 'baseline', 'negated'],
  ['typos', 'de', 'Eine dokumnetierte Härtungsbaseline ist geplant.', 'baseline', 'planned'],
  ['typos in compounds', 'de', 'Jeden Monat machen wir einen Wiederherstelungstest.', 'restore-tests', 'partial'],
  ['typos in compounds', 'de', 'Einen Wiederherstelungstest machen wir nicht.', 'restore-tests', 'negated'],
  ['typos in compounds', 'de', 'Ein Wiederherstellungstets ist geplant.', 'restore-tests', 'planned'],
  ['typos stay off short words', 'en', 'We run a CMBD export.', 'cmdb', 'missing'],
];

describe('evidence matching', () => {
  it.each(rows)('%s (%s): %s -> %s %s', (_kind, locale, answer, id, status) => {
    expect(statusOf(locale, answer, id)).toBe(status);
  });
});
