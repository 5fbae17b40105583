import { readinessThresholds } from '@/domain/progress/readiness';

/** The threshold values the readiness texts interpolate, from the one place that defines them. */
export const thresholdValues = {
  ready: readinessThresholds.ready,
  atRisk: readinessThresholds.atRisk,
  belowReady: readinessThresholds.ready - 1,
} as const;
