import { seededRandom, type Random } from './chaos-random';

/**
 * What happens around one answer: a reload, a browser restart or a SIGKILL, before typing, while typing
 * (after `letters` letters and `offsetMs` more), right after "Submit answer" (`delayMs` later) or once "Saved".
 */
export const reloadKinds = ['reload-before', 'reload-typing'] as const;
export const restartKinds = ['restart-before', 'restart-typing'] as const;
export const killKinds = ['kill-typing', 'kill-after-submit', 'kill-after-saved'] as const;
export type Disruption = (typeof reloadKinds)[number] | (typeof restartKinds)[number] | (typeof killKinds)[number];
export type Step = { kind: Disruption; letters: number; offsetMs: number; delayMs: number };

/**
 * How the interview ends: "End interview", then the browser quit once the report says saved; or a SIGKILL soon
 * after "End interview" (before or after the report is saved), then the same quit.
 */
export const endings = ['close', 'kill-after-end'] as const;
export type Ending = (typeof endings)[number];

export type InterviewPlan = {
  index: number;
  mode: 'practice' | 'mock';
  /** Main questions answered before "End interview" (more while steps are left). */
  mainQuestions: number;
  /** One per typed answer, in order; the answers after the last step have none. */
  steps: Step[];
  /** Chance, at each feedback, of a reload or of a SIGKILL right after "Continue". */
  feedbackChaos: number;
  ending: Ending;
  endDelayMs: number;
  /**
   * false: the browser lacks the Web Locks API, so the interview's tab lock is the localStorage heartbeat claim,
   * which a killed browser leaves behind on the profile.
   */
  webLocks: boolean;
};

/** Each interview has its own generator, so `CHAOS_ONLY` replays one interview of a run as it was. */
export function interviewRandom(seed: number, index: number): Random {
  return seededRandom((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
}

function step(random: Random, kind: Disruption): Step {
  return { kind, letters: random.int(10, 44), offsetMs: random.int(0, 45), delayMs: random.int(0, 400) };
}

/**
 * Every interview gets at least one reload, one browser restart and one SIGKILL, the kinds and places drawn.
 * The quit after the saved report is the restart every interview has; some get another one on the way.
 */
export function planInterview(random: Random, index: number): InterviewPlan {
  const ending = random.pick(['close', 'close', 'close', 'kill-after-end'] as const);
  const kills = [...killKinds, 'kill-typing', 'kill-after-submit'] as const;
  const required: Disruption[] = [random.pick(reloadKinds), random.pick(kills)];
  if (random.chance(0.2)) required.push(random.pick(restartKinds));
  const all = [...reloadKinds, ...restartKinds, ...kills];
  const extra = random.chance(0.1) ? [random.pick(all)] : [];
  return {
    index,
    mode: random.chance(0.25) ? 'mock' : 'practice',
    mainQuestions: random.chance(0.3) ? 3 : 2,
    steps: random.shuffle([...required, ...extra]).map((kind) => step(random, kind)),
    feedbackChaos: 0.05,
    ending,
    endDelayMs: random.int(0, 600),
    // Drawn last, so the rest of a seed's plan is what it was before this draw existed.
    webLocks: !random.chance(0.25),
  };
}

export function describePlan(plan: InterviewPlan): string {
  const steps = plan.steps.map((s) => {
    if (s.kind.endsWith('-typing')) return `${s.kind}@${s.letters}+${s.offsetMs}ms`;
    if (s.kind === 'kill-after-submit') return `${s.kind}+${s.delayMs}ms`;
    return s.kind;
  });
  const ending = plan.ending === 'kill-after-end' ? `${plan.ending}+${plan.endDelayMs}ms` : plan.ending;
  const locks = plan.webLocks ? '' : ' no-web-locks';
  return `#${plan.index} ${plan.mode}${locks} ${plan.mainQuestions}q [${steps.join(', ')}] end=${ending}`;
}
