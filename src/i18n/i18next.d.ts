import 'i18next';
import type coaching from './locales/en/coaching.json';
import type common from './locales/en/common.json';
import type progress from './locales/en/progress.json';
import type rehearse from './locales/en/rehearse.json';
import type report from './locales/en/report.json';
import type scenarios from './locales/en/scenarios.json';
import type settings from './locales/en/settings.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      coaching: typeof coaching;
      common: typeof common;
      progress: typeof progress;
      rehearse: typeof rehearse;
      report: typeof report;
      scenarios: typeof scenarios;
      settings: typeof settings;
    };
  }
}
