import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { locales, type Locale } from '@/domain/language/locale-codes';
import { usePreferences } from '@/lib/preferences-store';
import { commonResources } from './common-resources';
import { effectiveLanguage } from './language';
import { lazyNamespaceBackend } from './lazy-namespace-backend';

/** `common` of every registered locale; a locale without its folder falls back to English. */
function bundledResources(): Resource {
  return Object.fromEntries(
    locales.flatMap((locale) => {
      const common = commonResources[locale];
      return common === undefined ? [] : [[locale, { common }]];
    }),
  );
}

/** Creates the i18next instance, following the language in the preferences store. */
export function createI18n(language: Locale = effectiveLanguage(usePreferences.getState().language)): I18n {
  const instance = i18next.createInstance();
  void instance
    .use(lazyNamespaceBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...locales],
      ns: ['common'],
      defaultNS: 'common',
      resources: bundledResources(),
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  return instance;
}

/** Keeps i18next and the page's lang attribute in step with the chosen language. Returns an unsubscribe. */
export function followPreferredLanguage(instance: I18n): () => void {
  const apply = (language: Locale) => {
    if (typeof document !== 'undefined') document.documentElement.lang = language;
    if (instance.language !== language) void instance.changeLanguage(language);
  };
  apply(effectiveLanguage(usePreferences.getState().language));
  return usePreferences.subscribe((state) => apply(effectiveLanguage(state.language)));
}
