import type { FollowUpCondition, Persona, Question, Scenario } from '@/domain/scenario/scenario-schema';
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

function isMissing(result: AccumulatedResult, id: string): boolean {
  const status = result.evidence.find((e) => e.id === id)?.status ?? 'missing';
  return !earnsCredit(status);
}

function redFlagHolds(test: NonNullable<FollowUpCondition['redFlag']>, result: AccumulatedResult): boolean {
  if (test === 'any') return result.redFlags.length > 0;
  return result.redFlags.some((flag) => test.includes(flag.id));
}

/** True when every test the condition gives holds for the accumulated result; `missing` fires if any listed id is missing. */
export function conditionHolds(condition: FollowUpCondition, result: AccumulatedResult): boolean {
  const checks: boolean[] = [];
  if (condition.missingEssential !== undefined)
    checks.push(condition.missingEssential === result.missingEssential.length > 0);
  if (condition.missing) checks.push(condition.missing.some((id) => isMissing(result, id)));
  if (condition.coverageBelow !== undefined) checks.push(result.score < condition.coverageBelow);
  if (condition.redFlag !== undefined) checks.push(redFlagHolds(condition.redFlag, result));
  if (condition.vague !== undefined) checks.push(condition.vague === result.vague);
  return checks.length > 0 && checks.every(Boolean);
}

function firstOpenProbe(question: Question, asked: AskedSoFar): string | undefined {
  return question.probes.find((p) => !asked.askedProbes.includes(p.id))?.id;
}

/** The first rule whose condition holds and whose target is still open; probes only while under the cap. */
function ruleFollowUp(
  scenario: Scenario,
  question: Question,
  result: AccumulatedResult,
  asked: AskedSoFar,
  probesLeft: boolean,
): Plan | null {
  for (const rule of question.followUps) {
    if (!conditionHolds(rule.if, result)) continue;
    const isProbe = question.probes.some((p) => p.id === rule.ask);
    if (isProbe && probesLeft && !asked.askedProbes.includes(rule.ask)) return { kind: 'probe', probeId: rule.ask };
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
    const probeId = firstOpenProbe(question, asked);
    if (probeId) return { kind: 'probe', probeId };
  }
  return leaveQuestion(scenario, question.id, asked.askedQuestions);
}

/** The plan once a main question is done: its successor not yet asked, or the end. */
export function leaveQuestion(scenario: Scenario, questionId: string, askedQuestions: readonly string[]): Plan {
  const next = nextMainQuestion(scenario, questionId, new Set(askedQuestions));
  return next === 'end' ? { kind: 'end' } : { kind: 'main', questionId: next };
}
