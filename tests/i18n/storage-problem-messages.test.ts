import { describe, expect, it } from 'vitest';
import { locales } from '@/domain/language/locale-codes';
import { storageProblemKinds } from '@/storage/storage-problem';

type Common = { storageProblem: Record<string, string> };
const files = import.meta.glob<Common>('/src/i18n/locales/*/common.json', { eager: true, import: 'default' });
const commonOf = (locale: string) => Object.entries(files).find(([file]) => file.includes(`/${locale}/`))?.[1];

// The pages translate a problem by its kind (storageProblem.<kind>), a key no static check can see.
describe.each(locales)('storage problem messages in %s', (locale) => {
  it.each(storageProblemKinds)('explains %s', (kind) => {
    expect(commonOf(locale)?.storageProblem[kind]?.trim()).toBeTruthy();
  });
});

describe('the length problems', () => {
  it('say the text is too long rather than blaming the browser', () => {
    const messages = commonOf('en')!.storageProblem;
    expect(messages['too-long']).toMatch(/longer than the app can store/);
    expect(messages['too-long']).not.toMatch(/browser/i);
    expect(messages['too-large']).toMatch(/one backup file/);
  });
});
