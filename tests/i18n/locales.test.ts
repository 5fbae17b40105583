import { describe, expect, it } from 'vitest';
import { locales } from '@/domain/language/locale-codes';

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

const translations = locales.filter((locale) => locale !== 'en');

describe.each(translations)('translations into %s', (locale) => {
  const en = byNamespace('en');
  const other = byNamespace(locale);

  it('has the same namespaces as English', () => {
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s has the same keys as English, none empty', (namespace) => {
    const enKeys = en[namespace]!.map(([key]) => key).sort();
    const otherKeys = (other[namespace] ?? []).map(([key]) => key).sort();
    expect(otherKeys).toEqual(enKeys);
    for (const [key, value] of [...en[namespace]!, ...(other[namespace] ?? [])]) expect(value.trim(), key).not.toBe('');
  });
});

describe('English translations', () => {
  it.each(Object.keys(byNamespace('en')))('%s has no empty text', (namespace) => {
    for (const [key, value] of byNamespace('en')[namespace]!) expect(value.trim(), key).not.toBe('');
  });
});
