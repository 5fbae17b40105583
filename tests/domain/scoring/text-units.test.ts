import { describe, expect, it } from 'vitest';
import { stemEnglish } from '@/domain/language/english/stem-english';
import { german } from '@/domain/language/german/german-pack';
import { germanStems, stemGerman } from '@/domain/language/german/stem-german';
import { splitCompound } from '@/domain/scoring/compounds';
import { typoBudget } from '@/domain/scoring/fuzzy';
import { parseQuantity } from '@/domain/scoring/quantities';
import { tokenize } from '@/domain/scoring/tokenize';

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'We don\u2019t use 2-week cycles, e.g. for MFA.';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase().replace('\u2019', "'")).toBe(t.norm);
    expect(tokens.map((t) => t.norm)).toEqual([
      'we',
      "don't",
      'use',
      '2',
      'week',
      'cycles',
      ',',
      'e',
      'g',
      'for',
      'mfa',
      '.',
    ]);
    expect(tokens.find((t) => t.norm === 'week')?.joined).toBe(true);
  });

  it.each([
    ['1.5 days', ['1.5', 'days']],
    ['Zwei-Faktor-Authentifizierung', ['zwei', 'faktor', 'authentifizierung']],
    ['z.B. Backups', ['z', 'b', 'backups']],
  ])('%s', (text, norms) => {
    expect(tokenize(text).map((t) => t.norm)).toEqual(norms);
  });
});

describe('stemming', () => {
  it.each([
    ['tested', 'test'],
    ['testing', 'test'],
    ['tests', 'test'],
    ['restores', 'restor'],
    ['restoration', 'restor'],
    ['administrators', 'administr'],
    ['administration', 'administr'],
    ['policies', 'polici'],
    ['wrote', 'write'],
  ])('English %s -> %s', (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });

  it.each([
    ['testen', 'test'],
    ['tests', 'test'],
    ['wiederherstellung', 'wiederherstell'],
    ['wiederherstellen', 'wiederherstell'],
    ['auswertung', 'auswert'],
    ['administratoren', 'administrator'],
    ['kritischen', 'kritisch'],
    ['richtlinien', 'richtlini'],
  ])('German %s -> %s', (word, stem) => {
    expect(stemGerman(word)).toBe(stem);
  });

  it.each([
    ['getestet', 'testen'],
    ['ausgewertet', 'auswerten'],
    ['dokumentiert', 'dokumentieren'],
    ['genehmigt', 'genehmigung'],
    ['gesichert', 'sichern'],
  ])('German participle %s meets %s', (participle, other) => {
    const shared = germanStems(participle).filter((s) => germanStems(other).includes(s));
    expect(shared.length).toBeGreaterThan(0);
  });
});

describe('quantities', () => {
  const keyOf = (text: string): string[] => {
    const tokens = tokenize(text);
    const first = tokens.findIndex((t) => t.kind === 'word' || t.kind === 'number');
    return parseQuantity(tokens, first)?.keys ?? [];
  };
  it.each([
    ['two weeks'],
    ['14 days'],
    ['a fortnight'],
    ['fortnight'],
    ['2-week'],
    ['fourteen days'],
    ['14d'],
    ['zwei Wochen'],
    ['14 Tage'],
    ['vierzehn Tagen'],
    ['zweiwöchig'],
  ])('%s is 14 days', (text) => {
    expect(keyOf(text)).toContain('dur:336');
  });

  it.each([
    ['weekly'],
    ['every week'],
    ['once a week'],
    ['each week'],
    ['per week'],
    ['every 7 days'],
    ['wöchentlich'],
    ['jede Woche'],
    ['einmal pro Woche'],
    ['alle sieben Tage'],
  ])('%s is every 7 days', (text) => {
    expect(keyOf(text)).toContain('freq:168');
  });

  it.each([
    ['monthly', 'freq:720'],
    ['every other week', 'freq:336'],
    ['alle 14 Tage', 'freq:336'],
    ['24 hours', 'dur:24'],
    ['twenty-four hours', 'dur:24'],
    ['vierundzwanzig Stunden', 'dur:24'],
    ['half a day', 'dur:12'],
    ['quarterly', 'freq:2160'],
    ['90 days', 'dur:2160'],
    ['3 months', 'dur:2160'],
  ])('%s -> %s', (text, key) => {
    expect(keyOf(text)).toContain(key);
  });

  it.each([['a baseline'], ['one of them'], ['every server'], ['2FA']])('%s is no quantity', (text) => {
    expect(keyOf(text)).toEqual([]);
  });
});

describe('German compounds', () => {
  const vocabulary = new Set(['wiederherstellung', 'test', 'patch', 'management', 'konto', 'admin', 'plan', 'notfall']);
  const isPart = (text: string): boolean => vocabulary.has(text);
  const linkers = german.compounds?.linkers ?? [];
  it.each([
    ['wiederherstellungstest', ['wiederherstellung', 'test']],
    ['patchmanagement', ['patch', 'management']],
    ['notfallplan', ['notfall', 'plan']],
    ['adminkonto', ['admin', 'konto']],
  ])('%s -> %j', (word, parts) => {
    expect(splitCompound(word, isPart, linkers)?.map((p) => p.text)).toEqual(parts);
  });

  it('keeps offsets of the parts', () => {
    expect(splitCompound('wiederherstellungstest', isPart, linkers)?.map((p) => p.offset)).toEqual([0, 18]);
  });

  it.each([['testament'], ['kontrolle'], ['plan']])('leaves %s whole', (word) => {
    expect(splitCompound(word, isPart, linkers)).toBeNull();
  });
});

describe('typo budget', () => {
  it.each([
    [3, 0],
    [4, 0],
    [5, 1],
    [8, 1],
    [9, 2],
    [14, 2],
  ])('a %i-letter word may have %i edits', (length, budget) => {
    expect(typoBudget(length)).toBe(budget);
  });
});
