import { formatPath } from './issue-message';
import type { ProblemPath, ScenarioProblem } from './located-problem';
import type { FollowUpRule, Probe, Question, Scenario } from './scenario-schema';

function warning(code: string, path: ProblemPath, scenario: Scenario, message: string): ScenarioProblem {
  // Findings about an item point at its id but name the item: questions[q].probes[p], not ...probes[p].id.
  const named = path.at(-1) === 'id' ? path.slice(0, -1) : path;
  return { code, severity: 'warning', path, message: `${formatPath(named, scenario)}: ${message}` };
}

/** Why a rule's condition can never hold for this question, if it cannot. */
function neverFires(rule: FollowUpRule, question: Question): string | undefined {
  if (rule.if.missingEssential === true && !question.evidence.some((e) => e.essential)) {
    return 'missingEssential never holds: this question has no essential evidence';
  }
  if (rule.if.redFlag !== undefined && question.redFlags.length === 0)
    return 'redFlag never holds: this question has no red flags';
  if (rule.if.coverageBelow === 0) return 'coverageBelow: 0 never holds: a score cannot be below 0';
  return undefined;
}

/** A rule that fires only on a denial its own probe presumes away: whenever it holds, the probe is barred. */
function presumesTheDenial(rule: FollowUpRule, question: Question): Probe | undefined {
  const probe = question.probes.find((p) => p.id === rule.ask);
  if (!probe || !rule.if.negated) return undefined;
  const presumed = probe.presumes ?? probe.focus;
  return rule.if.negated.every((id) => presumed.includes(id)) ? probe : undefined;
}

function liveRules(question: Question): FollowUpRule[] {
  return question.followUps.filter(
    (rule) => neverFires(rule, question) === undefined && presumesTheDenial(rule, question) === undefined,
  );
}

function ruleProblems(scenario: Scenario, question: Question, qi: number): ScenarioProblem[] {
  return question.followUps.flatMap((rule, r) => {
    const path = ['questions', qi, 'followUps', r, 'if'];
    const reason = neverFires(rule, question);
    if (reason) return [warning('rule-never-fires', path, scenario, reason)];
    const probe = presumesTheDenial(rule, question);
    if (!probe) return [];
    const message = `negated never leads to probe "${probe.id}": it presumes what the learner denied (give the probe presumes: [] or the items it does take for granted)`;
    return [warning('probe-presumes-denial', path, scenario, message)];
  });
}

function probeProblems(scenario: Scenario, question: Question, qi: number): ScenarioProblem[] {
  if (scenario.probeLimit === 0) return [];
  const asked = new Set(liveRules(question).map((rule) => rule.ask));
  return question.probes.flatMap((probe, pi) =>
    asked.has(probe.id)
      ? []
      : [
          warning(
            'probe-never-asked',
            ['questions', qi, 'probes', pi, 'id'],
            scenario,
            'no follow-up rule that can fire asks this probe; only a strict auditor probing a vague answer may reach it',
          ),
        ],
  );
}

/** Evidence counts as asked for when a live rule names it in `missing`, a probe such a rule asks focuses on it, or it is essential and a live rule tests missingEssential. */
function evidenceProblems(scenario: Scenario, question: Question, qi: number): ScenarioProblem[] {
  const rules = liveRules(question);
  const askedProbes = new Set(rules.map((rule) => rule.ask));
  const askedFor = new Set([
    ...rules.flatMap((rule) => [...(rule.if.missing ?? []), ...(rule.if.negated ?? [])]),
    ...question.probes.filter((p) => askedProbes.has(p.id)).flatMap((p) => p.focus),
  ]);
  const essentialAsked = rules.some((rule) => rule.if.missingEssential === true);
  return question.evidence.flatMap((item, ei) =>
    askedFor.has(item.id) || (item.essential && essentialAsked)
      ? []
      : [
          warning(
            'evidence-never-asked',
            ['questions', qi, 'evidence', ei, 'id'],
            scenario,
            `no follow-up asks for it when it is missing (add it to a rule's missing list or to the focus of a probe a rule asks)`,
          ),
        ],
  );
}

/** Follow-up checks: rules that can never fire, probes never asked, evidence never asked for, a zero probe limit. */
export function lintFollowUps(scenario: Scenario): ScenarioProblem[] {
  const problems = scenario.questions.flatMap((question, qi) => [
    ...ruleProblems(scenario, question, qi),
    ...probeProblems(scenario, question, qi),
    ...(scenario.probeLimit === 0 ? [] : evidenceProblems(scenario, question, qi)),
  ]);
  const hasProbes = scenario.questions.some((q) => q.probes.length > 0);
  if (scenario.probeLimit === 0 && hasProbes) {
    problems.push(warning('probe-never-asked', ['probeLimit'], scenario, 'probeLimit is 0, so no probe is ever asked'));
  }
  return problems;
}
