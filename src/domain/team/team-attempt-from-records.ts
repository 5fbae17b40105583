import { countedAttempt } from '@/domain/progress/attempt-digest';
import { bestResultByQuestion } from '@/domain/progress/attempt-outcome';
import type { Answer } from '@/domain/records/answer-schema';
import type { Attempt } from '@/domain/records/attempt-schema';
import { pickText } from '@/domain/scenario/locale';
import type { Question, Scenario } from '@/domain/scenario/scenario-schema';
import { earnsCredit, isStrongerStatus } from '@/domain/scoring/grade';
import type { EvidenceStatus } from '@/domain/scoring/score-types';
import type { TeamAttempt, TeamFinding } from './team-types';

/** The strongest status each evidence item reached in any answer to the question (main answer, probes, retries). */
function strongestStatuses(answers: readonly Answer[]): Map<string, EvidenceStatus> {
  const best = new Map<string, EvidenceStatus>();
  for (const answer of answers)
    for (const item of answer.result.evidence) {
      const seen = best.get(item.id);
      if (!seen || isStrongerStatus(item.status, seen)) best.set(item.id, item.status);
    }
  return best;
}

function findingOf(
  question: Question,
  scenario: Scenario,
  answers: readonly Answer[],
  locale: Attempt['locale'],
  includeAnswers: boolean,
): TeamFinding {
  const withText = answers.filter((answer) => answer.text.trim().length > 0);
  const statuses = strongestStatuses(withText);
  const best = bestResultByQuestion(withText).get(question.id);
  const raised = new Set(withText.flatMap((answer) => answer.result.redFlags.map((flag) => flag.id)));
  const finding: TeamFinding = {
    questionId: question.id,
    question: pickText(question.prompt, locale),
    grade: best?.grade ?? null,
    score: best?.score ?? 0,
    // A question that names no control concerns the scenario's controls as a whole.
    controls: question.controls.length > 0 ? [...question.controls] : [...scenario.controls],
    given: question.evidence
      .filter((item) => earnsCredit(statuses.get(item.id) ?? 'missing'))
      .map((item) => ({ evidenceId: item.id, label: pickText(item.label, locale) })),
    missing: question.evidence
      .filter((item) => !earnsCredit(statuses.get(item.id) ?? 'missing'))
      .map((item) => ({
        evidenceId: item.id,
        label: pickText(item.label, locale),
        status: statuses.get(item.id) ?? 'missing',
        essential: item.essential,
      })),
    redFlags: question.redFlags
      .filter((flag) => raised.has(flag.id))
      .map((flag) => ({ redFlagId: flag.id, label: pickText(flag.label, locale), severity: flag.severity })),
  };
  if (includeAnswers) finding.answers = withText.map((answer) => answer.text);
  return finding;
}

/**
 * A completed attempt as a readiness report carries it, labels in the attempt's language from its scenario.
 * Undefined for an attempt that is not completed or has nothing to score (as for progress digests).
 */
export function teamAttemptFromRecords(
  attempt: Attempt,
  answers: readonly Answer[],
  scenario: Scenario,
  includeAnswers: boolean,
): TeamAttempt | undefined {
  const counted = countedAttempt(attempt, answers);
  if (!counted) return undefined;
  const { outcome } = counted;
  const answered = new Set(counted.answered);
  return {
    attemptId: attempt.id,
    profileId: attempt.profileId,
    scenarioId: attempt.scenarioId,
    scenarioVersion: attempt.scenarioVersion,
    topic: attempt.topic,
    mode: attempt.mode,
    date: attempt.endedAt ?? attempt.startedAt,
    score: outcome.score,
    grade: outcome.worstGrade,
    complete: scenario.questions.every((question) => answered.has(question.id)),
    findings: scenario.questions.map((question) =>
      findingOf(
        question,
        scenario,
        answers.filter((answer) => answer.questionId === question.id),
        attempt.locale,
        includeAnswers,
      ),
    ),
  };
}
