import { describe, expect, it } from 'vitest';
import { german } from '@/domain/language/german/german-pack';
import { splitCompound } from '@/domain/scoring/words/compounds';
import { defaultGrading } from '@/domain/scenario/scenario-schema';
import { scoreAnswer } from '@/domain/scoring/score-answer';
import { item } from '../scoring-fixtures';

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

describe('a compound in the plural meets the phrase in the singular', () => {
  const input = {
    locale: 'de' as const,
    grading: defaultGrading,
    prompt: 'Wie verwalten Sie Konten?',
    evidence: [item('admin-account', ['admin account'], ['Adminkonto']), item('risk', ['risk'], ['Risiko'])],
    redFlags: [],
  };
  it.each([
    ['Alle Adminkonten sind personalisiert und werden quartalsweise geprüft.', 'admin-account'],
    ['Die Risiken werden im Register geführt.', 'risk'],
  ])('%s -> %s covered', (answer, id) => {
    expect(scoreAnswer(answer, input).evidence.find((e) => e.id === id)?.status).toBe('covered');
  });
});
