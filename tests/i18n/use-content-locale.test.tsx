import { act, renderHook } from '@testing-library/react';
import i18next, { type i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/i18n/i18n';
import { useContentLocale } from '@/i18n/use-content-locale';

function renderWith(instance: I18n) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={instance}>{children}</I18nextProvider>
  );
  return renderHook(() => useContentLocale(), { wrapper });
}

describe('useContentLocale', () => {
  it.each(['en', 'de'] as const)('gives the interface language %s', (language) => {
    expect(renderWith(createI18n(language)).result.current).toBe(language);
  });

  it('follows a change of the interface language', async () => {
    const instance = createI18n('en');
    const { result } = renderWith(instance);
    await act(() => instance.changeLanguage('de'));
    expect(result.current).toBe('de');
  });

  it('falls back to English for a language the scenarios do not come in', () => {
    const instance = i18next.createInstance();
    void instance
      .use(initReactI18next)
      .init({ lng: 'fr', resources: {}, initAsync: false, react: { useSuspense: false } });
    expect(instance.language).toBe('fr');
    expect(renderWith(instance).result.current).toBe('en');
  });
});
