import { describe, expect, it } from 'vitest';
import type { EvidenceStatus } from '@/domain/scoring/score-types';
import { score, statusOf } from '../scoring-fixtures';

type Row = [locale: 'en' | 'de', answer: string, status: EvidenceStatus];

describe('plans and wishes are not practice', () => {
  const rows: Row[] = [
    ['en', 'We plan to introduce MFA for administrators.', 'planned'],
    ['en', 'Next year we will roll out MFA for administrators.', 'planned'],
    ['en', 'Administrators should use MFA.', 'planned'],
    ['en', 'We want to enforce MFA for administrators.', 'planned'],
    ['en', 'MFA for administrators is planned for the third quarter.', 'planned'],
    ['en', 'MFA for administrators is on the roadmap.', 'planned'],
    ['en', 'MFA for administrators is not yet in place.', 'planned'],
    ['de', 'MFA für Administratoren ist geplant.', 'planned'],
    ['de', 'Wir wollen MFA für Administratoren einführen.', 'planned'],
    ['de', 'Nächstes Jahr führen wir MFA für Administratoren ein.', 'planned'],
    ['de', 'Administratoren sollten MFA nutzen.', 'planned'],
    ['de', 'MFA für Administratoren haben wir noch nicht.', 'planned'],
  ];
  it.each(rows)('(%s) %s -> %s', (locale, answer, status) => {
    expect(statusOf(locale, answer, 'mfa')).toBe(status);
  });

  it('keeps practice and plan apart within one answer', () => {
    const result = score('en', 'Administrators use MFA today. Next year we plan to test restores.');
    expect(result.evidence.find((e) => e.id === 'mfa')?.status).toBe('covered');
    expect(result.evidence.find((e) => e.id === 'restore-tests')?.status).toBe('planned');
    expect(result.messages).toContain('answer.planned-not-practised');
  });
});

describe('hedges earn half credit', () => {
  const rows: Row[] = [
    ['en', 'I think administrators use MFA.', 'partial'],
    ['en', 'Administrators usually use MFA.', 'partial'],
    ['en', 'Mostly the administrators use MFA.', 'partial'],
    ['en', 'Administrators sometimes log in with MFA.', 'partial'],
    ['en', 'In most cases administrators use MFA.', 'partial'],
    ['de', 'Ich glaube, Administratoren nutzen MFA.', 'partial'],
    ['de', 'Administratoren nutzen meistens MFA.', 'partial'],
    ['de', 'Normalerweise melden sich Administratoren mit MFA an.', 'partial'],
    ['de', 'Administratoren nutzen MFA, glaube ich.', 'partial'],
  ];
  it.each(rows)('(%s) %s -> %s', (locale, answer, status) => {
    expect(statusOf(locale, answer, 'mfa')).toBe(status);
  });

  it.each([
    ['en', 'Administrators use MFA. I think restores are tested too.'],
    ['de', 'Administratoren nutzen MFA. Die Wiederherstellung testen wir meistens auch.'],
  ] as const)('a hedge stays in its own sentence (%s)', (locale, answer) => {
    const result = score(locale, answer);
    expect(result.evidence.find((e) => e.id === 'mfa')?.status).toBe('covered');
    expect(result.evidence.find((e) => e.id === 'restore-tests')?.status).toBe('partial');
    expect(result.messages).toContain('answer.hedged');
  });
});
