export * from './interview-types';
export { createInterviewMachine, maxAttempts, type InterviewMachine } from './interview-machine';
export { currentResult } from './context-updates';
export {
  accumulateAnswers,
  type AccumulatedResult,
  type AccumulatedEvidence,
  type AccumulatedRedFlag,
} from './accumulate';
export { chooseNextStep, conditionHolds, probeCap, type AskedSoFar } from './follow-up';
export { nextMainQuestion } from './navigation';
export { scenarioScorer } from './scenario-scorer';
export {
  checkSnapshot,
  isSnapshotFor,
  snapshotRefusals,
  type SnapshotCheck,
  type SnapshotRefusal,
} from './snapshot-check';
export { interviewMachineVersion } from './snapshot-version';
export { answersOf, latestAnswersByQuestion, lastAuditorTurn } from './transcript';
export { buildInterviewReport, overallGrade, overallScore } from './report';
export { compareWithPrevious, summarizeReport } from './report-change';
export { quoteSpans } from './report-finding';
export * from './report-types';
export { evidenceWeights, fixKinds, topFixes, type FixKind, type ReportFix } from './report-fixes';
