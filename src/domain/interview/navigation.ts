import type { Question, Scenario } from '@/domain/scenario/scenario-schema';

/** The main question with this id; throws, because ids in context come from the same scenario. */
export function questionById(scenario: Scenario, id: string): Question {
  const question = scenario.questions.find((q) => q.id === id);
  if (!question) throw new Error(`Scenario ${scenario.id} has no question "${id}"`);
  return question;
}

function successor(scenario: Scenario, id: string): string {
  const index = scenario.questions.findIndex((q) => q.id === id);
  const question = scenario.questions[index];
  if (question?.next) return question.next;
  return scenario.questions[index + 1]?.id ?? 'end';
}

/**
 * The main question after `fromId`: its `next`, else the following one in file order, skipping questions
 * already asked. A jump is a go-to: the chain continues from wherever it landed. A cycle of asked
 * questions ends the interview, so navigation always terminates.
 */
export function nextMainQuestion(scenario: Scenario, fromId: string, asked: ReadonlySet<string>): string | 'end' {
  const visited = new Set<string>([fromId]);
  let candidate = successor(scenario, fromId);
  while (candidate !== 'end' && asked.has(candidate)) {
    if (visited.has(candidate)) return 'end';
    visited.add(candidate);
    candidate = successor(scenario, candidate);
  }
  return candidate;
}
