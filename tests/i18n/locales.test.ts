import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };
const files = import.meta.glob<Tree>('/src/i18n/locales/*/*.json', { eager: true, import: 'default' });

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const byNamespace = (language: string) =>
  Object.fromEntries(
    Object.entries(files)
      .filter(([file]) => file.includes(`/locales/${language}/`))
      .map(([file, tree]) => [file.split('/').pop()!, leaves(tree)]),
  );

describe('translations', () => {
  const en = byNamespace('en');
  const de = byNamespace('de');

  it('has the same namespaces in English and German', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s has the same keys in both languages, none empty', (namespace) => {
    const enKeys = en[namespace]!.map(([key]) => key).sort();
    const deKeys = (de[namespace] ?? []).map(([key]) => key).sort();
    expect(deKeys).toEqual(enKeys);
    for (const [key, value] of [...en[namespace]!, ...(de[namespace] ?? [])]) expect(value.trim(), key).not.toBe('');
  });
});
