import type { FollowUpCondition, Persona, Probe, Question, Scenario } from '@/domain/scenario/scenario-schema';
import type { AccumulatedResult } from './accumulate';
import { earnsCredit } from '@/domain/scoring/grade';
import type { Plan } from './interview-types';
import { nextMainQuestion } from './navigation';

/** What has been asked so far: probes within the current attempt, main questions overall. */
export type AskedSoFar = { askedProbes: readonly string[]; askedQuestions: readonly string[] };

/** How many probes one attempt at a main question may get: strict auditors may probe once more. */
export function probeCap(scenario: Scenario, persona: Persona): number {
  return persona === 'strict' ? scenario.probeLimit + 1 : scenario.probeLimit;
}

function statusOf(result: AccumulatedResult, id: string) {
  return result.evidence.find((e) => e.id === id)?.status ?? 'missing';
}

/** True when the learner has said the item is absent: asking where it is would presuppose what they denied. */
export function isDenied(result: AccumulatedResult, id: string): boolean {
  return statusOf(result, id) === 'negated';
}

/** Not credited and not denied: still open to a question that asks for it. */
function isMissing(result: AccumulatedResult, id: string): boolean {
  return !earnsCredit(statusOf(result, id)) && !isDenied(result, id);
}

/** The evidence a probe's wording takes to exist: its `presumes`, or else its focus. */
export function presumedBy(probe: Probe): readonly string[] {
  return probe.presumes ?? probe.focus;
}

/** False when the probe presumes an item the learner has denied. */
export function probeFits(probe: Probe, result: AccumulatedResult): boolean {
  return !presumedBy(probe).some((id) => isDenied(result, id));
}

function redFlagHolds(test: NonNullable<FollowUpCondition['redFlag']>, result: AccumulatedResult): boolean {
  if (test === 'any') return result.redFlags.length > 0;
  return result.redFlags.some((flag) => test.includes(flag.id));
}

/**
 * True when every test the condition gives holds for the accumulated result. `missing` and `missingEssential` look
 * only at items the learner has not denied; `negated` fires if any listed item was denied.
 */
export function conditionHolds(condition: FollowUpCondition, result: AccumulatedResult): boolean {
  const checks: boolean[] = [];
  if (condition.missingEssential !== undefined)
    checks.push(condition.missingEssential === result.missingEssential.some((id) => isMissing(result, id)));
  if (condition.missing) checks.push(condition.missing.some((id) => isMissing(result, id)));
  if (condition.negated) checks.push(condition.negated.some((id) => isDenied(result, id)));
  if (condition.coverageBelow !== undefined) checks.push(result.score < condition.coverageBelow);
  if (condition.redFlag !== undefined) checks.push(redFlagHolds(condition.redFlag, result));
  if (condition.vague !== undefined) checks.push(condition.vague === result.vague);
  return checks.length > 0 && checks.every(Boolean);
}

/** A probe a `negated` rule asks speaks of absence, so it is only asked through such a rule, never on a vague answer. */
function asksAboutAbsence(question: Question, probe: Probe): boolean {
  return question.followUps.some((rule) => rule.ask === probe.id && rule.if.negated !== undefined);
}

function firstOpenProbe(question: Question, result: AccumulatedResult, asked: AskedSoFar): string | undefined {
  return question.probes.find(
    (p) => !asked.askedProbes.includes(p.id) && probeFits(p, result) && !asksAboutAbsence(question, p),
  )?.id;
}

/** The first rule whose condition holds and whose target is still open; probes only while under the cap and only when they presume nothing denied. */
function ruleFollowUp(
  scenario: Scenario,
  question: Question,
  result: AccumulatedResult,
  asked: AskedSoFar,
  probesLeft: boolean,
): Plan | null {
  for (const rule of question.followUps) {
    if (!conditionHolds(rule.if, result)) continue;
    const probe = question.probes.find((p) => p.id === rule.ask);
    const isProbe = probe !== undefined;
    if (probe && probesLeft && !asked.askedProbes.includes(probe.id) && probeFits(probe, result))
      return { kind: 'probe', probeId: probe.id };
    const isMain = !isProbe && scenario.questions.some((q) => q.id === rule.ask);
    if (isMain && !asked.askedQuestions.includes(rule.ask)) return { kind: 'main', questionId: rule.ask };
  }
  return null;
}

/** After an answer: a follow-up rule, a strict auditor's probe on a vague answer, or the next main question. */
export function chooseNextStep(
  scenario: Scenario,
  question: Question,
  result: AccumulatedResult,
  asked: AskedSoFar,
  persona: Persona,
): Plan {
  const probesLeft = asked.askedProbes.length < probeCap(scenario, persona);
  const fromRule = ruleFollowUp(scenario, question, result, asked, probesLeft);
  if (fromRule) return fromRule;
  if (persona === 'strict' && result.vague && probesLeft) {
    const probeId = firstOpenProbe(question, result, asked);
    if (probeId) return { kind: 'probe', probeId };
  }
  return leaveQuestion(scenario, question.id, asked.askedQuestions);
}

/** The plan once a main question is done: its successor not yet asked, or the end. */
export function leaveQuestion(scenario: Scenario, questionId: string, askedQuestions: readonly string[]): Plan {
  const next = nextMainQuestion(scenario, questionId, new Set(askedQuestions));
  return next === 'end' ? { kind: 'end' } : { kind: 'main', questionId: next };
}
