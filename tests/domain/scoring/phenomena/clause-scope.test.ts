import { describe, expect, it } from 'vitest';
import type { EvidenceStatus } from '@/domain/scoring';
import { phenomenonStatus } from './phenomena-fixtures';

type Row = [locale: 'en' | 'de', answer: string, id: string, status: EvidenceStatus];

describe('a negation stays inside its clause', () => {
  const rows: Row[] = [
    [
      'en',
      'No default accounts are left enabled, and the architecture board reviews the baseline every year.',
      'board-review',
      'covered',
    ],
    ['en', 'No default accounts stay enabled, and the board reviews the baseline yearly.', 'board-review', 'covered'],
    ['en', 'No server is exempt from the monthly cycle; exceptions are approved by the CISO.', 'exceptions', 'covered'],
    ['en', 'No server is exempt, exceptions are approved by the CISO.', 'exceptions', 'covered'],
    ['en', "We don't keep default accounts, but the board reviews the baseline.", 'board-review', 'covered'],
    ['en', 'We have no drift scans, gold images or CIS benchmark.', 'gold-images', 'negated'],
    [
      'de',
      'Es gibt keine Standardkonten mehr, und der Architekturrat prüft die Baseline jährlich.',
      'board-review',
      'covered',
    ],
    ['de', 'Kein Server ist ausgenommen; Ausnahmen werden vom CISO genehmigt.', 'exceptions', 'covered'],
    ['de', 'Kein Server ist ausgenommen, Ausnahmen werden vom CISO genehmigt.', 'exceptions', 'covered'],
    [
      'de',
      'Standardkonten gibt es nicht, sondern der Architekturrat prüft die Baseline jährlich.',
      'board-review',
      'covered',
    ],
    ['de', 'Wir haben keine Drift-Scans, Golden Images oder CIS-Benchmarks.', 'gold-images', 'negated'],
  ];
  it.each(rows)('(%s) %s -> %s %s', (locale, answer, id, status) => {
    expect(phenomenonStatus(locale, answer, id)).toBe(status);
  });
});

describe('"no ... exempt" is no negation', () => {
  const rows: Row[] = [
    ['en', 'No server is exempt from the 14-day deadline for critical patches.', 'patch-deadline', 'covered'],
    [
      'de',
      'Kein Server ist von der Frist von 14 Tagen für kritische Patches ausgenommen.',
      'patch-deadline',
      'covered',
    ],
  ];
  it.each(rows)('(%s) %s -> %s %s', (locale, answer, id, status) => {
    expect(phenomenonStatus(locale, answer, id)).toBe(status);
  });
});

describe('a plan stays inside its clause', () => {
  const rows: Row[] = [
    ['en', 'We will add drift scans, and the team builds every server from gold images.', 'gold-images', 'covered'],
    ['en', 'We will add drift scans, and the team builds every server from gold images.', 'drift', 'planned'],
    ['en', 'Drift scans are planned, the CISO approves exceptions today.', 'exceptions', 'covered'],
    ['en', 'We will add drift scans, and the team uses gold images.', 'gold-images', 'covered'],
    ['de', 'Wir wollen Drift-Scans einführen, und die Server bauen wir aus Golden Images.', 'gold-images', 'covered'],
    ['de', 'Wir wollen Drift-Scans einführen, und die Server bauen wir aus Golden Images.', 'drift', 'planned'],
    [
      'de',
      'Drift-Scans sind geplant, jedoch werden Ausnahmen schon heute vom CISO genehmigt.',
      'exceptions',
      'covered',
    ],
  ];
  it.each(rows)('(%s) %s -> %s %s', (locale, answer, id, status) => {
    expect(phenomenonStatus(locale, answer, id)).toBe(status);
  });
});
