import type { EvidenceResult, EvidenceStatus, ScoreResult } from '@/domain/scoring/score-types';

/** A score result with empty defaults (score 0, major-nc, nothing found); each override replaces a whole field. */
export function scoreResult(overrides: Partial<ScoreResult> = {}): ScoreResult {
  return {
    score: 0,
    grade: 'major-nc',
    coverage: 0,
    evidence: [],
    redFlags: [],
    missingEssential: [],
    vague: false,
    offTopic: false,
    keywordList: false,
    messages: [],
    ...overrides,
  };
}

/** Evidence results with the given status per evidence id, without spans. */
export function evidenceFromStatuses(statuses: Record<string, EvidenceStatus>): EvidenceResult[] {
  return Object.entries(statuses).map(([id, status]) => ({ id, status, spans: [] }));
}
