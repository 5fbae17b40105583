import { describe, expect, it } from 'vitest';
import { stemEnglish } from '@/domain/language/english/stem-english';
import { germanStems, stemGerman } from '@/domain/language/german/stem-german';

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

  it.each([
    ['konten', 'konto'],
    ['standardkonten', 'standardkonto'],
    ['risiken', 'risiko'],
  ])('German plural %s meets the singular %s', (plural, singular) => {
    const shared = germanStems(plural).filter((s) => germanStems(singular).includes(s));
    expect(shared.length).toBeGreaterThan(0);
  });
});
