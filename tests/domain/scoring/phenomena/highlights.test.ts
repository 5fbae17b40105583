import { describe, expect, it } from 'vitest';
import { defaultGrading } from '@/domain/scenario/scenario-schema';
import { scoreAnswer } from '@/domain/scoring';
import { item } from '../scoring-fixtures';
import { diagnosticTexts, scorePhenomenon } from './phenomena-fixtures';

type Locale = 'en' | 'de';

const spansOf = (locale: Locale, answer: string, id: string): string[] =>
  (scorePhenomenon(locale, answer).evidence.find((e) => e.id === id)?.spans ?? []).map((s) =>
    answer.slice(s.start, s.end),
  );

describe('an evidence highlight covers the matched phrase, first slot to last', () => {
  const rows: [Locale, string, string, string[]][] = [
    ['en', 'Critical patches have a 14-day deadline.', 'patch-deadline', ['Critical patches have a 14-day deadline']],
    ['en', 'The board reviews the baseline.', 'board-review', ['board reviews the baseline']],
    ['en', 'Exceptions are approved by the CISO.', 'exceptions', ['Exceptions are approved by the CISO']],
    [
      'de',
      'Kritische Patches haben eine Frist von 14 Tagen.',
      'patch-deadline',
      ['Kritische Patches haben eine Frist von 14 Tagen'],
    ],
    ['de', 'Ausnahmen werden vom CISO genehmigt.', 'exceptions', ['Ausnahmen werden vom CISO genehmigt']],
  ];
  it.each(rows)('(%s) %s', (locale, answer, id, texts) => {
    expect(spansOf(locale, answer, id)).toEqual(texts);
  });
});

describe('a lone common word or bare number is no highlight on its own', () => {
  const input = (locale: Locale) => ({
    locale,
    grading: defaultGrading,
    evidence: [item('generic', ['standard', '1'], ['Standard', '1'])],
    redFlags: [],
  });
  const rows: [Locale, string][] = [
    ['en', 'We follow the standard.'],
    ['en', 'Step 1 is done.'],
    ['de', 'Wir folgen dem Standard.'],
    ['de', 'Schritt 1 ist erledigt.'],
  ];
  it.each(rows)('(%s) %s', (locale, answer) => {
    const found = scoreAnswer(answer, input(locale)).evidence[0];
    expect(found?.status).toBe('covered');
    expect(found?.spans).toEqual([]);
  });
});

describe('the words behind each diagnostic are in the result', () => {
  const rows: [Locale, string, string, string[]][] = [
    ['en', 'I think we apply the CIS benchmark.', 'hedge', ['I think']],
    ['en', 'We will add drift scans.', 'plan', ['We will']],
    ['en', 'We follow best practice.', 'vague', ['best practice']],
    ['en', 'We used to run weekly vulnerability scans.', 'ended', ['used to']],
    ['en', "We don't run drift scans.", 'negation', ["don't"]],
    ['en', 'CIS benchmark, gold images', 'keywordList', ['CIS benchmark, gold images']],
    ['de', 'Ich glaube, wir wenden den CIS-Benchmark an.', 'hedge', ['Ich glaube']],
    ['de', 'Wir wollen Drift-Scans einführen.', 'plan', ['Wir wollen']],
    ['de', 'Wir folgen der Best Practice.', 'vague', ['Best Practice']],
    ['de', 'Früher hatten wir wöchentliche Schwachstellenscans.', 'ended', ['Früher']],
    ['de', 'Drift-Scans machen wir nicht.', 'negation', ['nicht']],
    ['de', 'CIS-Benchmark, Golden Images', 'keywordList', ['CIS-Benchmark, Golden Images']],
  ];
  it.each(rows)('(%s) %s -> %s', (locale, answer, kind, texts) => {
    expect(diagnosticTexts(answer, scorePhenomenon(locale, answer), kind)).toEqual(texts);
  });

  it.each([
    ['en', 'We patch only when there was time.', ['patch only when there was time']],
    ['de', 'Wir haben nur gepatcht, wenn Zeit war.', ['wenn Zeit war']],
  ] as const)('(%s) a red flag highlights its phrase: %s', (locale, answer, texts) => {
    const flag = scorePhenomenon(locale, answer).redFlags[0];
    expect((flag?.spans ?? []).map((s) => answer.slice(s.start, s.end))).toEqual(texts);
  });
});
