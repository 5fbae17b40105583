export { scoreAnswer, scoreCompiled, compileScoring, type CompiledScoring } from './score-answer';
export { capGrade, gradeFor, scoreFromStatuses, statusCredit, worseGrade, type GradeCaps } from './grade';
export {
  compileReference,
  deriveReferenceConcepts,
  scoreAgainstReference,
  scoreReferenceCompiled,
  toEvidenceItem,
  type ReferenceConcept,
  type ReferenceOptions,
  type ReferenceScore,
} from './reference';
export * from './score-types';
