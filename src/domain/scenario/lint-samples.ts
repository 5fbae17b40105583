import { gradeEvidence } from '@/domain/scoring/grade';
import type { EvidenceStatus } from '@/domain/scoring/score-types';
import { formatPath } from './issue-message';
import type { ScenarioProblem } from './located-problem';
import { grades, type Grade, type Grading, type Question, type SampleAnswer, type Scenario } from './scenario-schema';

/** The best and worst grade the agreed scoring model allows for a sample's expected evidence and red flags. */
export function gradeRange(question: Question, sample: SampleAnswer, grading: Grading): { best: Grade; worst: Grade } {
  const covered = new Set(sample.expect.covered);
  const flags = question.redFlags.filter((f) => sample.expect.redFlags.includes(f.id));
  const gradeWhen = (expected: EvidenceStatus, other: EvidenceStatus): Grade =>
    gradeEvidence(question.evidence, (id) => (covered.has(id) ? expected : other), flags, grading).grade;
  // At worst every expected item is only partial, and an uncovered item is negated (it earns nothing either way).
  return { best: gradeWhen('covered', 'missing'), worst: gradeWhen('partial', 'negated') };
}

function noSamples(scenario: Scenario, qi: number): ScenarioProblem {
  const message = `${formatPath(['questions', qi], scenario)}: no sample answers, so nothing tests how this question is scored`;
  return { code: 'no-samples', severity: 'warning', path: ['questions', qi, 'id'], message };
}

/** Questions without samples, and sample expectations no answer could meet under the scoring model. */
export function lintSamples(scenario: Scenario): ScenarioProblem[] {
  return scenario.questions.flatMap((question, qi) => {
    if (question.samples.length === 0) return [noSamples(scenario, qi)];
    return question.samples.flatMap((sample, si): ScenarioProblem[] => {
      const { best, worst } = gradeRange(question, sample, scenario.grading);
      const rank = grades.indexOf(sample.expect.grade);
      if (rank >= grades.indexOf(best) && rank <= grades.indexOf(worst)) return [];
      const path = ['questions', qi, 'samples', si, 'expect', 'grade'];
      const range = best === worst ? best : `${best} to ${worst}`;
      const message = `${formatPath(path, scenario)}: "${sample.expect.grade}" cannot follow from this covered set and these red flags (possible: ${range})`;
      return [{ code: 'sample-inconsistent', severity: 'warning', path, message }];
    });
  });
}
