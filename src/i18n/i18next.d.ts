import 'i18next';
import type common from './locales/en/common.json';
import type rehearse from './locales/en/rehearse.json';
import type settings from './locales/en/settings.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      rehearse: typeof rehearse;
      settings: typeof settings;
    };
  }
}
