export { scoreAnswer, scoreCompiled, compileScoring, type CompiledScoring } from './score-answer';
export {
  capGrade,
  gradeEvidence,
  gradeFor,
  gradeRank,
  isCredited,
  scoreFromStatuses,
  statusCredit,
  worseGrade,
  type GradeCaps,
} from './grade';
export * from './score-types';
