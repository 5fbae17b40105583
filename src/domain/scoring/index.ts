export { scoreAnswer, scoreCompiled, compileScoring, type CompiledScoring } from './score-answer';
export {
  betterBy,
  capGrade,
  earnsCredit,
  gradeEvidence,
  gradeFor,
  gradeRank,
  isStrongerStatus,
  scoreFromStatuses,
  statusCredit,
  worseGrade,
  type GradeCaps,
} from './grade';
export * from './score-types';
