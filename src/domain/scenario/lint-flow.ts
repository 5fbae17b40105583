import type { ScenarioProblem } from './located-problem';
import type { Question, Scenario } from './scenario-schema';

const end = -1;

/** Where the interview goes after question i when no follow-up branches: its `next`, else the following question. */
function successor(scenario: Scenario, i: number): number {
  const next = scenario.questions[i]?.next;
  if (next === 'end') return end;
  if (next !== undefined) return scenario.questions.findIndex((q) => q.id === next);
  return i + 1 < scenario.questions.length ? i + 1 : end;
}

function isProbeOf(question: Question, id: string): boolean {
  return question.probes.some((p) => p.id === id);
}

/** Main questions a question's follow-up rules branch to (rules naming a probe stay inside the question). */
function branches(scenario: Scenario, i: number): number[] {
  const question = scenario.questions[i];
  if (!question) return [];
  return question.followUps
    .filter((rule) => !isProbeOf(question, rule.ask))
    .map((rule) => scenario.questions.findIndex((q) => q.id === rule.ask))
    .filter((target) => target >= 0);
}

/** Questions reachable from the first one, optionally pretending one question does not exist. */
function reachable(scenario: Scenario, without = end): Set<number> {
  const seen = new Set<number>();
  const queue = scenario.questions.length > 0 && without !== 0 ? [0] : [];
  while (queue.length > 0) {
    const i = queue.pop() ?? end;
    if (i === end || i === without || seen.has(i)) continue;
    seen.add(i);
    queue.push(successor(scenario, i), ...branches(scenario, i));
  }
  return seen;
}

/** True when every way to question `later` passes `earlier` first, so `earlier` is always asked by then. */
function alwaysAskedBefore(scenario: Scenario, earlier: number, later: number): boolean {
  return earlier === later || !reachable(scenario, earlier).has(later);
}

function problemAt(
  code: string,
  severity: 'error' | 'warning',
  path: (string | number)[],
  message: string,
): ScenarioProblem {
  return { code, severity, path, message };
}

function backwardMoves(scenario: Scenario, reached: Set<number>): ScenarioProblem[] {
  return scenario.questions.flatMap((question, i) => {
    if (!reached.has(i)) return [];
    const found: ScenarioProblem[] = [];
    const next = question.next === undefined || question.next === 'end' ? end : successor(scenario, i);
    if (next !== end && alwaysAskedBefore(scenario, next, i)) {
      const message = `questions[${question.id}].next: dead end, "${question.next}" has always been asked before "${question.id}", so the interview cannot go on from here`;
      found.push(problemAt('dead-end', 'error', ['questions', i, 'next'], message));
    }
    question.followUps.forEach((rule, r) => {
      const target = scenario.questions.findIndex((q) => q.id === rule.ask);
      if (target < 0 || isProbeOf(question, rule.ask) || !alwaysAskedBefore(scenario, target, i)) return;
      const message = `questions[${question.id}].followUps[${r}].ask: loop without exit, "${rule.ask}" has always been asked before "${question.id}", so this rule could only send the interview back; it never fires`;
      found.push(problemAt('follow-up-loop', 'warning', ['questions', i, 'followUps', r, 'ask'], message));
    });
    return found;
  });
}

/** Flow checks over the main questions: dead ends (errors), loops back and unreachable questions (warnings). */
export function lintFlow(scenario: Scenario): ScenarioProblem[] {
  const reached = reachable(scenario);
  const unreachable = scenario.questions.flatMap((question, i) =>
    reached.has(i)
      ? []
      : [
          problemAt(
            'unreachable-question',
            'warning',
            ['questions', i, 'id'],
            `questions[${question.id}]: never asked, no next, file order or follow-up leads here from the first question`,
          ),
        ],
  );
  return [...backwardMoves(scenario, reached), ...unreachable];
}
