import { describe, expect, it } from 'vitest';
import { german } from '@/domain/language/german/german-pack';
import { splitCompound } from '@/domain/scoring/words/compounds';

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
