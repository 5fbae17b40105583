import { describe, expect, it } from 'vitest';
import { locatePath, parseScenarioText } from '@/domain/scenario/scenario-source';

describe('parseScenarioText', () => {
  it.each([
    ['unclosed quote', "a: 1\nb: 'open\nc: 2\n", 2, 4, 'never closed'],
    ['duplicate key', 'id: x\nid: y\n', 2, 1, 'field "id" appears twice'],
    ['tab indentation', 'a:\n\t- b\n', 2, 1, 'YAML syntax'],
    ['unclosed flow list', 'a: [1, 2\nb: 3\n', 2, 1, 'end with a ]'],
    ['two documents', 'a: 1\n---\nb: 2\n', 2, 1, 'one document'],
    ['nested compact mapping', 'a: b: c\n', 1, 4, 'Nested mappings'],
    ['unknown alias', 'a: *nowhere\n', 1, 1, 'YAML'],
  ])('locates a syntax error: %s', (_name, text, line, column, message) => {
    const result = parseScenarioText(text, 'x.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ file: 'x.yaml', line, column, severity: 'error', code: 'yaml-syntax' });
    expect(result.errors[0]?.message).toContain(message);
  });

  it('keeps text exactly, markup and invisible characters included', () => {
    const result = parseScenarioText('t: "<b>\\u202Ex\\u200B</b>"\n', 'x.yaml');
    expect(result.ok && result.source.data).toEqual({ t: '<b>\u202Ex\u200B</b>' });
  });

  it('reads an empty file as no data', () => {
    const result = parseScenarioText('# only a comment\n', 'x.yaml');
    expect(result.ok && result.source.data).toBeNull();
  });
});

describe('locatePath', () => {
  const text = [
    '# c',
    'questions:',
    '  - id: a',
    '    weight:',
    '    evidence:',
    '      - id: e1',
    '      - id: e2',
    '',
  ].join('\n');
  const parsed = parseScenarioText(text, 'x.yaml');
  if (!parsed.ok) throw new Error('fixture text must parse');

  it.each([
    [['questions', 0, 'id'], false, 3, 9],
    [['questions', 0, 'id'], true, 3, 5],
    [['questions', 0, 'evidence', 1], false, 7, 9],
    [['questions', 0, 'evidence', 1, 'label'], false, 7, 9],
    [['questions', 0, 'weight'], false, 4, 5],
    [['questions', 3], false, 3, 3],
    [[], false, 2, 1],
  ] as const)('%j (key %s) is at %i:%i', (path, atKey, line, column) => {
    expect(locatePath(parsed.source, path, atKey)).toEqual({ line, column });
  });
});
