import { describe, expect, it } from 'vitest';
import { score } from './scoring-fixtures';

describe('bare keyword lists', () => {
  it.each([
    ['en', 'MFA, CMDB, restore tests'],
    ['en', '- MFA for admins\n- CMDB\n- restore test'],
    ['en', 'MFA administrators CMDB'],
    ['de', 'MFA, CMDB, Wiederherstellungstest'],
    ['de', 'MFA Administratoren und CMDB'],
  ] as const)('(%s) %j is a keyword list whose matches earn nothing', (locale, answer) => {
    const result = score(locale, answer);
    expect(result.keywordList).toBe(true);
    expect(result.messages).toContain('answer.keyword-list');
    expect(result.evidence.every((e) => e.status === 'missing')).toBe(true);
    expect(result.score).toBe(0);
    const listed = result.diagnostics?.find((d) => d.kind === 'keywordList');
    expect(listed?.items).toContain('cmdb');
  });

  it.each([
    ['en', 'We use MFA for administrators and keep everything in a CMDB.'],
    ['de', 'Wir nutzen MFA für Administratoren und pflegen eine CMDB.'],
  ] as const)('(%s) a sentence with the same terms is no list', (locale, answer) => {
    const result = score(locale, answer);
    expect(result.keywordList).toBe(false);
    expect(result.evidence.find((e) => e.id === 'cmdb')?.status).toBe('covered');
  });
});

describe('off-topic and vague answers', () => {
  it.each([
    ['en', 'The canteen serves pizza on Fridays and the car park is full.'],
    ['de', 'In der Kantine gibt es freitags Pizza und der Parkplatz ist voll.'],
  ] as const)('(%s) off topic: %s', (locale, answer) => {
    const result = score(locale, answer);
    expect(result.offTopic).toBe(true);
    expect(result.vague).toBe(false);
    expect(result.score).toBe(0);
    expect(result.grade).toBe('major-nc');
    expect(result.messages).toContain('answer.off-topic');
  });

  it.each([
    ['en', 'We follow best practice and take security seriously.'],
    ['en', 'Backups and patches are handled as needed.'],
    ['de', 'Wir halten uns an Best Practice, das wird bei Bedarf erledigt.'],
    ['de', 'Patches spielen wir regelmäßig ein.'],
  ] as const)('(%s) vague: %s', (locale, answer) => {
    const result = score(locale, answer);
    expect(result.vague).toBe(true);
    expect(result.offTopic).toBe(false);
    expect(result.messages).toContain('answer.vague');
  });

  it.each([
    ['en', 'We follow best practice: administrators use MFA.'],
    ['de', 'Nach Best Practice nutzen Administratoren MFA.'],
  ] as const)('(%s) a generic phrase beside real evidence is not vague', (locale, answer) => {
    expect(score(locale, answer).vague).toBe(false);
  });

  it.each(['', '   ', '?!…', '\n\n'])('an empty answer %j', (answer) => {
    const result = score('en', answer);
    expect(result.messages).toEqual(['answer.empty']);
    expect(result.score).toBe(0);
    expect(result.evidence.every((e) => e.status === 'missing')).toBe(true);
  });
});

describe('repeating the question is not evidence', () => {
  it('gives half credit when a match only echoes the prompt', () => {
    const input = { prompt: 'Do you test restores?' };
    expect(score('en', 'We test restores.', input).evidence[0]?.status).toBe('partial');
    expect(score('en', 'We test restores every quarter.', input).evidence[0]?.status).toBe('covered');
  });
});
