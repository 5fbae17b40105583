import type { Locale } from '@/domain/scenario/locale';
import { defaultGrading, type EvidenceItem, type RedFlag } from '@/domain/scenario/scenario-schema';
import { scoreAnswer } from '@/domain/scoring/score-answer';
import type { EvidenceStatus, ScoreResult, ScoringInput } from '@/domain/scoring/score-types';

/** An evidence item with phrases per locale. */
export function item(id: string, en: string[], de: string[], extra: Partial<EvidenceItem> = {}): EvidenceItem {
  return { id, label: { en: id, de: id }, weight: 1, essential: false, phrases: { en, de }, ...extra };
}

/** A red flag with phrases per locale. */
export function flag(id: string, severity: RedFlag['severity'], en: string[], de: string[]): RedFlag {
  return { id, label: { en: id, de: id }, severity, phrases: { en, de } };
}

/** One item per kind of match, so that each test can look at one status. */
export const evidence: EvidenceItem[] = [
  item('restore-tests', ['restore test'], ['Wiederherstellungstest']),
  item('mfa', ['MFA for administrators'], ['MFA für Administratoren'], { essential: true, weight: 2 }),
  item('patch-window', ['critical patches within 14 days'], ['kritische Patches innerhalb von 14 Tagen']),
  item('baseline', ['documented hardening baseline'], ['dokumentierte Härtungsbaseline']),
  item('log-review', ['weekly log review'], ['wöchentliche Log-Auswertung']),
  item('cmdb', ['CMDB'], ['CMDB']),
];

export const redFlags: RedFlag[] = [
  flag('shared-admin', 'major', ['shared admin account'], ['gemeinsames Admin-Konto']),
  flag(
    'untested-restores',
    'minor',
    ['restores are never tested', 'no restore test'],
    ['keine Wiederherstellungstests', 'Wiederherstellung nie getestet'],
  ),
  flag('patch-when-time', 'minor', ['when we have time'], ['wenn wir Zeit haben']),
];

export const prompt: Record<Locale, string> = {
  en: 'How do you make sure administrators, patches and backups are under control?',
  de: 'Wie stellen Sie sicher, dass Administratoren, Patches und Backups unter Kontrolle sind?',
};

/** The shared test question in one language. */
export function inputFor(locale: Locale, overrides: Partial<ScoringInput> = {}): ScoringInput {
  return { evidence, redFlags, grading: defaultGrading, locale, prompt: prompt[locale], ...overrides };
}

/** Scores against the shared test question. */
export function score(locale: Locale, answer: string, overrides: Partial<ScoringInput> = {}): ScoreResult {
  return scoreAnswer(answer, inputFor(locale, overrides));
}

/** Status of one evidence item for an answer. */
export function statusOf(locale: Locale, answer: string, id: string): EvidenceStatus | undefined {
  return score(locale, answer).evidence.find((e) => e.id === id)?.status;
}

/** The answer's own words at each span of an item, for checking explanations. */
export function spanTexts(answer: string, result: ScoreResult, id: string): string[] {
  const found = result.evidence.find((e) => e.id === id) ?? result.redFlags.find((r) => r.id === id);
  return (found?.spans ?? []).map((s) => answer.slice(s.start, s.end));
}
