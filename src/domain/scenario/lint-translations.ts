import { formatPath } from './issue-message';
import type { ProblemPath, ScenarioProblem } from './located-problem';
import type { Scenario } from './scenario-schema';

type Localized = { path: ProblemPath; hasGerman: boolean; isPhrases: boolean };

function isLocalized(value: object): value is { en: unknown; de?: unknown } {
  const keys = Object.keys(value);
  return keys.includes('en') && keys.every((key) => key === 'en' || key === 'de');
}

// Localized text and phrase lists are the only mappings whose keys are all locale codes.
function collect(value: unknown, path: ProblemPath, found: Localized[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, [...path, i], found));
  } else if (value !== null && typeof value === 'object') {
    if (isLocalized(value)) {
      found.push({ path, hasGerman: value.de !== undefined, isPhrases: Array.isArray(value.en) });
      return;
    }
    for (const [key, child] of Object.entries(value)) collect(child, [...path, key], found);
  }
}

/** Every text and phrase list without German; one summary warning if the scenario has no German at all. */
export function lintTranslations(scenario: Scenario): ScenarioProblem[] {
  const found: Localized[] = [];
  collect(scenario, [], found);
  const missing = found.filter((entry) => !entry.hasGerman);
  if (missing.length === 0) return [];
  if (missing.length === found.length) {
    return [
      {
        code: 'missing-translation',
        severity: 'warning',
        path: ['title'],
        message: 'no German (de) text anywhere: German learners will see English and German answers match nothing',
      },
    ];
  }
  return missing.map((entry) => ({
    code: 'missing-translation',
    severity: 'warning',
    path: entry.path,
    message: entry.isPhrases
      ? `${formatPath(entry.path, scenario)}: no German (de) phrases, so German answers cannot match this item`
      : `${formatPath(entry.path, scenario)}: no German (de) translation`,
  }));
}
