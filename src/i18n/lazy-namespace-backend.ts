import type { BackendModule, ReadCallback } from 'i18next';

type LocaleModule = { default: Record<string, unknown> };

// Area namespaces load with their area; only `common` ships in the first page.
const loaders = import.meta.glob<LocaleModule>(['./locales/*/*.json', '!./locales/*/common.json']);

/** An i18next backend that loads `locales/<language>/<namespace>.json` on demand. */
export const lazyNamespaceBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = loaders[`./locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No translations for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), true),
    );
  },
};
