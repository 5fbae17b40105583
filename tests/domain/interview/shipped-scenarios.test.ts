// Walks every shipped scenario with the real scorer along a strong and a weak path to the end. The
// assertions test the machine's logic on real content, not the content itself.
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { pickText, type Locale } from '@/domain/scenario/locale';
import { grades, type Question, type Scenario } from '@/domain/scenario/scenario-schema';
import { probeCap } from '@/domain/interview/follow-up';
import { createInterviewMachine } from '@/domain/interview/interview-machine';
import type { InterviewEvent } from '@/domain/interview/interview-types';
import type { QuestionScorer } from '@/domain/scenario/question-scorer';
import { earnsCredit } from '@/domain/scoring/grade';
import { scenarioScorer } from '@/domain/interview/scenario-scorer';
import type { ScoreResult } from '@/domain/scoring/score-types';
import { answers, askedPath, fixturePath, loadScenarioFile, tickingClock } from './support/interview-harness';

const dir = join(import.meta.dirname, '..', '..', '..', 'scenarios');
const files = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
  : [];
// The shared minimal fixture and this folder's fixture go the same way, so the walk also covers small scenarios.
const walked = [
  ...files.map((f) => join(dir, f)),
  join(import.meta.dirname, '..', 'scenario', 'fixtures', 'minimal.yaml'),
  fixturePath('backup-interview.yaml'),
].filter((path) => existsSync(path));

type Path = 'strong' | 'weak';

function sampleFor(question: Question, locale: Locale, path: Path): InterviewEvent {
  const samples = question.samples
    .filter((s) => s.locale === locale)
    .sort((a, b) => grades.indexOf(a.expect.grade) - grades.indexOf(b.expect.grade));
  if (path === 'strong')
    return { type: 'answer.submit', text: samples[0]?.text ?? pickText(question.modelAnswer, locale) };
  const worst = samples.at(-1);
  return worst && samples.length > 1 ? { type: 'answer.submit', text: worst.text } : { type: 'answer.dont-know' };
}

/** Strong enough that no rule of the question can hold: nothing essential missing, no flag, not vague, above every threshold. */
function clearlyStrong(question: Question, result: ScoreResult): boolean {
  const credited = new Set(result.evidence.filter((e) => earnsCredit(e.status)).map((e) => e.id));
  return (
    result.missingEssential.length === 0 &&
    result.redFlags.length === 0 &&
    !result.vague &&
    question.followUps.every(
      (rule) => (rule.if.coverageBelow ?? 0) <= result.score && (rule.if.missing ?? []).every((id) => credited.has(id)),
    )
  );
}

const scorers = new Map<Scenario, QuestionScorer>();
function scorerFor(scenario: Scenario): QuestionScorer {
  const score = scorers.get(scenario) ?? scenarioScorer(scenario);
  scorers.set(scenario, score);
  return score;
}

function walk(scenario: Scenario, locale: Locale, path: Path) {
  const machine = createInterviewMachine(scenario, { score: scorerFor(scenario), now: tickingClock() });
  const actor = createActor(machine, { input: { locale, mode: 'mock' } });
  actor.start();
  actor.send({ type: 'interview.start' });
  const bound = scenario.questions.length * (1 + probeCap(scenario, actor.getSnapshot().context.persona));
  let steps = 0;
  while (actor.getSnapshot().status !== 'done' && steps <= bound) {
    const position = actor.getSnapshot().context.position;
    const question = scenario.questions.find((q) => q.id === position?.questionId);
    actor.send(position?.probeId || !question ? { type: 'answer.dont-know' } : sampleFor(question, locale, path));
    steps += 1;
  }
  return { snapshot: actor.getSnapshot(), steps, bound };
}

/** What the auditor asked right after each main answer: a probe of that question, or something else. */
function followedByProbe(snapshot: ReturnType<typeof walk>['snapshot'], questionId: string): boolean {
  const path = askedPath(snapshot);
  const index = path.indexOf(questionId);
  return path[index + 1]?.startsWith(`${questionId}/`) ?? false;
}

describe('shipped scenarios', () => {
  it('finds the shipped scenario files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  describe.each(walked.map((path) => [basename(path), path] as const))('%s', (_name, file) => {
    const scenario = loadScenarioFile(file);
    const walkLocales = (['en', 'de'] as const).filter((l) =>
      scenario.questions.some((q) => q.samples.some((s) => s.locale === l)),
    );

    it.each(walkLocales.flatMap((locale) => (['strong', 'weak'] as const).map((path) => [locale, path] as const)))(
      '%s %s path ends within the bound with one finding per main question',
      (locale, path) => {
        const { snapshot, steps, bound } = walk(scenario, locale, path);
        expect(snapshot.status).toBe('done');
        expect(steps).toBeLessThanOrEqual(bound);
        const asked = snapshot.context.askedQuestions;
        expect(new Set(asked).size).toBe(asked.length);
        expect(snapshot.output?.findings.map((f) => f.questionId)).toEqual(scenario.questions.map((q) => q.id));
        expect(
          snapshot.output?.findings.filter((f) => asked.includes(f.questionId)).every((f) => f.grade !== null),
        ).toBe(true);
      },
    );

    it.each(walkLocales)('%s strong path: no probe after a main answer no rule can fire on', (locale) => {
      const { snapshot } = walk(scenario, locale, 'strong');
      const mains = answers(snapshot).filter((a) => a.probeId === null);
      for (const answer of mains) {
        const question = scenario.questions.find((q) => q.id === answer.questionId);
        if (question && clearlyStrong(question, answer.result) && snapshot.context.persona === 'friendly') {
          expect(followedByProbe(snapshot, answer.questionId), answer.questionId).toBe(false);
        }
      }
    });

    it.each(walkLocales)('%s weak path: the auditor follows up where essential evidence is missing', (locale) => {
      const { snapshot } = walk(scenario, locale, 'weak');
      const path = askedPath(snapshot);
      for (const answer of answers(snapshot).filter((a) => a.probeId === null)) {
        const question = scenario.questions.find((q) => q.id === answer.questionId);
        const rule = question?.followUps.find((r) => Object.keys(r.if).length === 1 && r.if.missingEssential === true);
        // Denied items are asked about by negated rules (see the denial test), never by missingEssential.
        const notDenied = answer.result.missingEssential.filter(
          (id) => answer.result.evidence.find((e) => e.id === id)?.status !== 'negated',
        );
        if (!question || !rule || notDenied.length === 0 || scenario.probeLimit === 0) continue;
        const next = path[path.indexOf(question.id) + 1] ?? 'end';
        const targets = question.followUps.map((r) => r.ask);
        expect(next.startsWith(`${question.id}/`) || targets.includes(next), `${question.id} -> ${next}`).toBe(true);
      }
    });
  });
});
