import { isLocale, languageOf, locales, type Locale } from '@/domain/language/locale-codes';
import { formatPath } from './issue-message';
import type { ProblemPath, ScenarioProblem } from './located-problem';
import type { Scenario } from './scenario-schema';

type Localized = { path: ProblemPath; present: ReadonlySet<string>; isPhrases: boolean };

function isLocalized(value: object): value is { en: unknown } {
  const keys = Object.keys(value);
  return keys.includes('en') && keys.every(isLocale);
}

// Localized text and phrase lists are the only mappings whose keys are all locale codes.
function collect(value: unknown, path: ProblemPath, found: Localized[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, [...path, i], found));
  } else if (value !== null && typeof value === 'object') {
    if (isLocalized(value)) {
      found.push({ path, present: new Set(Object.keys(value)), isPhrases: Array.isArray(value.en) });
      return;
    }
    for (const [key, child] of Object.entries(value)) collect(child, [...path, key], found);
  }
}

function missingIn(locale: Locale, found: readonly Localized[], scenario: Scenario): ScenarioProblem[] {
  const { name } = languageOf(locale);
  const missing = found.filter((entry) => !entry.present.has(locale));
  if (missing.length === 0) return [];
  if (missing.length === found.length) {
    return [
      {
        code: 'missing-translation',
        severity: 'warning',
        path: ['title'],
        message: `no ${name} (${locale}) text anywhere: ${name} learners will see English and ${name} answers match nothing`,
      },
    ];
  }
  return missing.map((entry) => ({
    code: 'missing-translation',
    severity: 'warning',
    path: entry.path,
    message: entry.isPhrases
      ? `${formatPath(entry.path, scenario)}: no ${name} (${locale}) phrases, so ${name} answers cannot match this item`
      : `${formatPath(entry.path, scenario)}: no ${name} (${locale}) translation`,
  }));
}

/** Every text and phrase list without a translation, per locale; one summary warning for a locale the scenario lacks entirely. */
export function lintTranslations(scenario: Scenario): ScenarioProblem[] {
  const found: Localized[] = [];
  collect(scenario, [], found);
  return locales.filter((locale) => locale !== 'en').flatMap((locale) => missingIn(locale, found, scenario));
}
