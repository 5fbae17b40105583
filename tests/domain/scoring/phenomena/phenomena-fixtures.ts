import type { Locale } from '@/domain/scenario/locale';
import { defaultGrading } from '@/domain/scenario/scenario-schema';
import { scoreAnswer } from '@/domain/scoring/score-answer';
import type { ScoreOptions } from '@/domain/scoring';
import type { EvidenceStatus, ScoreResult, ScoringInput } from '@/domain/scoring/score-types';
import { flag, item } from '../scoring-fixtures';

/** A hardening and patching question whose items the phenomena tables look at. */
const input = (locale: Locale): ScoringInput => ({
  locale,
  grading: defaultGrading,
  prompt:
    locale === 'de'
      ? 'Wie halten Sie Server gehärtet und gepatcht?'
      : 'How do you keep your servers hardened and patched?',
  evidence: [
    item('cis', ['CIS benchmark'], ['CIS-Benchmark']),
    item('gold-images', ['gold images'], ['Golden Images']),
    item('drift', ['drift scans', 'scan for drift'], ['Drift-Scans', 'auf Drift prüfen']),
    item('board-review', ['board reviews the baseline'], ['Architekturrat prüft die Baseline']),
    item('default-accounts', ['default accounts disabled'], ['Standardkonten deaktiviert']),
    item('exceptions', ['exceptions approved by the CISO'], ['Ausnahmen vom CISO genehmigt']),
    item('patch-deadline', ['critical patches 14-day deadline'], ['kritische Patches Frist von 14 Tagen']),
    item('weekly-scans', ['weekly vulnerability scans'], ['wöchentliche Schwachstellenscans']),
    item('emergency', ['emergency patch within 48 hours'], ['Notfallpatch innerhalb von 48 Stunden']),
  ],
  redFlags: [
    flag(
      'when-time',
      'minor',
      ['patch when there is time', 'patch only when there was time'],
      ['wenn Zeit ist', 'wenn Zeit war'],
    ),
  ],
});

const inputs: Partial<Record<Locale, ScoringInput>> = {};

/** Scores against the phenomena question (compiled once per language). */
export function scorePhenomenon(locale: Locale, answer: string, options?: ScoreOptions): ScoreResult {
  const known = inputs[locale] ?? input(locale);
  inputs[locale] = known;
  return scoreAnswer(answer, known, options);
}

/** Status of one item of the phenomena question. */
export function phenomenonStatus(locale: Locale, answer: string, id: string, options?: ScoreOptions): EvidenceStatus {
  return scorePhenomenon(locale, answer, options).evidence.find((e) => e.id === id)?.status ?? 'missing';
}

/** The diagnostic of a kind, if the result has one. */
export function diagnosticOf(result: ScoreResult, kind: string) {
  return result.diagnostics?.find((d) => d.kind === kind);
}

/** The answer's words under each span of a diagnostic. */
export function diagnosticTexts(answer: string, result: ScoreResult, kind: string): string[] {
  return (diagnosticOf(result, kind)?.spans ?? []).map((s) => answer.slice(s.start, s.end));
}
