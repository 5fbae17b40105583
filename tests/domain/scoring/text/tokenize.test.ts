import { describe, expect, it } from 'vitest';
import { tokenize } from '@/domain/scoring/text/tokenize';

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
