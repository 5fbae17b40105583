import type { ProblemPath, ScenarioProblem } from './located-problem';
import type { Question, Scenario } from './scenario-schema';
import { formatPath } from './issue-message';
import { closestName } from './schema-fields';

type Found = (path: ProblemPath, message: string) => void;

function hint(id: string, ids: readonly string[]): string {
  const known = [...new Set(ids)];
  const guess = closestName(id, known);
  return guess ? ` (did you mean "${guess}"?)` : known.length > 0 ? `; known: ${known.join(', ')}` : '';
}

function checkDuplicates(
  items: readonly { id: string }[],
  kind: string,
  scope: string,
  at: (i: number) => ProblemPath,
  found: Found,
) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else found(at(i), `duplicate ${kind} id "${item.id}" (already used ${scope}); ids must be unique`);
  });
}

function checkIds(
  ids: readonly string[],
  known: readonly string[],
  what: string,
  at: (i: number) => ProblemPath,
  found: Found,
) {
  ids.forEach((id, i) => {
    if (!known.includes(id)) found(at(i), `"${id}" is not ${what}${hint(id, known)}`);
  });
}

function checkFollowUps(q: Question, base: ProblemPath, scenario: Scenario, found: Found) {
  const evidenceIds = q.evidence.map((e) => e.id);
  const redFlagIds = q.redFlags.map((r) => r.id);
  const probeIds = q.probes.map((p) => p.id);
  const questionIds = scenario.questions.map((other) => other.id);
  q.followUps.forEach((rule, r) => {
    const at = [...base, 'followUps', r];
    const owner = scenario.questions.find((other) => other.probes.some((p) => p.id === rule.ask));
    if (rule.ask === q.id) found([...at, 'ask'], `question "${q.id}" cannot ask itself as a follow-up`);
    else if (!probeIds.includes(rule.ask) && owner) {
      found(
        [...at, 'ask'],
        `"${rule.ask}" is a probe of question "${owner.id}"; follow-ups can only ask probes of their own question`,
      );
    } else if (!probeIds.includes(rule.ask) && !questionIds.includes(rule.ask)) {
      found(
        [...at, 'ask'],
        `"${rule.ask}" is neither a probe of question "${q.id}" nor a question${hint(rule.ask, [...probeIds, ...questionIds])}`,
      );
    }
    checkIds(
      rule.if.missing ?? [],
      evidenceIds,
      `an evidence id of question "${q.id}"`,
      (i) => [...at, 'if', 'missing', i],
      found,
    );
    checkIds(
      rule.if.negated ?? [],
      evidenceIds,
      `an evidence id of question "${q.id}"`,
      (i) => [...at, 'if', 'negated', i],
      found,
    );
    if (Array.isArray(rule.if.redFlag)) {
      checkIds(
        rule.if.redFlag,
        redFlagIds,
        `a red flag id of question "${q.id}"`,
        (i) => [...at, 'if', 'redFlag', i],
        found,
      );
    }
  });
}

function checkQuestion(q: Question, qi: number, scenario: Scenario, found: Found) {
  const base: ProblemPath = ['questions', qi];
  const evidenceIds = q.evidence.map((e) => e.id);
  const redFlagIds = q.redFlags.map((r) => r.id);
  const inQuestion = `in question "${q.id}"`;
  const items = [
    ...q.evidence.map((e, i) => ({ id: e.id, path: [...base, 'evidence', i, 'id'] })),
    ...q.redFlags.map((r, i) => ({ id: r.id, path: [...base, 'redFlags', i, 'id'] })),
  ];
  checkDuplicates(items, 'evidence or red flag', inQuestion, (i) => items[i]?.path ?? base, found);
  checkDuplicates(q.probes, 'probe', inQuestion, (i) => [...base, 'probes', i, 'id'], found);
  q.probes.forEach((p, pi) => {
    if (scenario.questions.some((other) => other.id === p.id)) {
      found(
        [...base, 'probes', pi, 'id'],
        `probe id "${p.id}" is also a question id; follow-ups could not tell them apart`,
      );
    }
    checkIds(
      p.focus,
      evidenceIds,
      `an evidence id of question "${q.id}"`,
      (i) => [...base, 'probes', pi, 'focus', i],
      found,
    );
    checkIds(
      p.presumes ?? [],
      evidenceIds,
      `an evidence id of question "${q.id}"`,
      (i) => [...base, 'probes', pi, 'presumes', i],
      found,
    );
  });
  checkFollowUps(q, base, scenario, found);
  const questionIds = scenario.questions.map((other) => other.id);
  if (q.next !== undefined && q.next !== 'end' && !questionIds.includes(q.next)) {
    found([...base, 'next'], `"${q.next}" is not a question id (or "end")${hint(q.next, questionIds)}`);
  }
  q.controls.forEach((control, i) => {
    if (!scenario.controls.includes(control)) {
      found(
        [...base, 'controls', i],
        `"${control}" is not in the scenario's controls list (${scenario.controls.join(', ')}); add it there or remove it here`,
      );
    }
  });
  q.recommendations.forEach((rec, ri) => {
    checkIds(
      [rec.for],
      [...evidenceIds, ...redFlagIds],
      `an evidence or red flag id of question "${q.id}"`,
      () => [...base, 'recommendations', ri, 'for'],
      found,
    );
  });
  q.samples.forEach((s, si) => {
    const at = [...base, 'samples', si, 'expect'];
    checkIds(
      s.expect.covered,
      evidenceIds,
      `an evidence id of question "${q.id}"`,
      (i) => [...at, 'covered', i],
      found,
    );
    checkIds(
      s.expect.redFlags,
      redFlagIds,
      `a red flag id of question "${q.id}"`,
      (i) => [...at, 'redFlags', i],
      found,
    );
    const probe = s.expect.probe;
    if (probe !== undefined && probe !== 'none' && !q.probes.some((p) => p.id === probe)) {
      found(
        [...at, 'probe'],
        `"${probe}" is not a probe of question "${q.id}" (or "none")${hint(
          probe,
          q.probes.map((p) => p.id),
        )}`,
      );
    }
  });
}

/** Ids that must match each other: duplicates, follow-up targets, conditions, focus, recommendations, samples, controls. */
export function checkCrossReferences(scenario: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const found: Found = (path, message) =>
    problems.push({
      code: 'cross-reference',
      severity: 'error',
      path,
      message: `${formatPath(path, scenario)}: ${message}`,
    });
  checkDuplicates(scenario.questions, 'question', 'in this scenario', (i) => ['questions', i, 'id'], found);
  scenario.questions.forEach((q, qi) => checkQuestion(q, qi, scenario, found));
  return problems;
}
