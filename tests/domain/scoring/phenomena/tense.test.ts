import { describe, expect, it } from 'vitest';
import type { EvidenceStatus } from '@/domain/scoring';
import { diagnosticOf, diagnosticTexts, phenomenonStatus, scorePhenomenon } from './phenomena-fixtures';

type Locale = 'en' | 'de';

describe('practice the answer says has ended credits nothing', () => {
  const rows: [Locale, string, string][] = [
    ['en', 'We ran weekly vulnerability scans until the team was cut.', 'until'],
    ['en', 'We used to run weekly vulnerability scans.', 'used to'],
    ['en', 'Previously we ran weekly vulnerability scans.', 'Previously'],
    ['en', 'Before the migration we ran weekly vulnerability scans.', 'Before the migration'],
    ['en', 'We had weekly vulnerability scans until last year.', 'until last year'],
    ['en', 'Weekly vulnerability scans were dropped when the team shrank.', 'were dropped'],
    ['de', 'Bis letztes Jahr hatten wir wöchentliche Schwachstellenscans.', 'Bis letztes Jahr'],
    ['de', 'Vor der Migration liefen wöchentliche Schwachstellenscans.', 'Vor der Migration'],
    ['de', 'Wöchentliche Schwachstellenscans wurden abgeschafft.', 'wurden abgeschafft'],
    ['de', 'Damals gab es wöchentliche Schwachstellenscans.', 'Damals'],
    ['de', 'Früher hatten wir wöchentliche Schwachstellenscans.', 'Früher'],
  ];
  it.each(rows)('(%s) %s', (locale, answer, cue) => {
    const result = scorePhenomenon(locale, answer);
    expect(phenomenonStatus(locale, answer, 'weekly-scans')).toBe('negated');
    expect(diagnosticOf(result, 'ended')?.items).toEqual(['weekly-scans']);
    expect(diagnosticTexts(answer, result, 'ended').join(' ')).toContain(cue);
  });
});

describe('an ended practice raises no red flag, and what replaced it credits', () => {
  const rows: [Locale, string, string[]][] = [
    [
      'en',
      'We used to patch only when there was time, but since last year critical patches have a 14-day deadline.',
      [],
    ],
    ['en', 'We patch only when there was time.', ['when-time']],
    [
      'de',
      'Früher haben wir nur gepatcht, wenn Zeit war, aber seit letztem Jahr haben kritische Patches eine Frist von 14 Tagen.',
      [],
    ],
    ['de', 'Wir haben nur gepatcht, wenn Zeit war.', ['when-time']],
  ];
  it.each(rows)('(%s) %s', (locale, answer, flags) => {
    const result = scorePhenomenon(locale, answer);
    expect(result.redFlags.map((f) => f.id)).toEqual(flags);
    if (flags.length === 0) expect(phenomenonStatus(locale, answer, 'patch-deadline')).toBe('covered');
  });
});

describe('a past event that is itself the evidence still counts', () => {
  const rows: [Locale, string, string, EvidenceStatus][] = [
    [
      'en',
      'Last week we rolled the emergency OpenSSL patch out to every exposed server within 48 hours.',
      'emergency',
      'covered',
    ],
    ['en', 'Last month the drift scans found two servers off the baseline.', 'drift', 'covered'],
    [
      'de',
      'Letzte Woche haben wir den Notfallpatch für OpenSSL innerhalb von 48 Stunden auf alle exponierten Server gebracht.',
      'emergency',
      'covered',
    ],
    ['de', 'Letzten Monat haben die Drift-Scans zwei abweichende Server gefunden.', 'drift', 'covered'],
  ];
  it.each(rows)('(%s) %s', (locale, answer, id, status) => {
    expect(phenomenonStatus(locale, answer, id)).toBe(status);
    expect(diagnosticOf(scorePhenomenon(locale, answer), 'ended')).toBeUndefined();
  });
});
