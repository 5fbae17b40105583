import { answersOf, type AnswerRecord, type InterviewReport, type Turn } from '@/domain/interview';
import type { NewAnswer } from '@/storage/answer-repository';
import { finishAttempt } from '@/storage/attempt-repository';
import { appDatabase } from '@/storage/database';
import { saveInterviewState } from '@/storage/interview-state';
import { toStorageProblem } from '@/storage/storage-problem';
import type { InterviewSnapshot } from './interview-actor';
import type { SessionBridge } from './session-bridge';

/** Waits before the next try of a failed save: 1 s, 2 s, 4 s ... at most 30 s. */
export const retryDelayMs = (failures: number): number => Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));

/** An answer of substance: not a skip, not "I don't know", not a time-out with nothing typed. */
export const isGivenAnswer = (a: AnswerRecord): boolean =>
  a.kind === 'answer' || (a.kind === 'timeout' && a.text.trim() !== '');

/** Whether the learner gave any answer of substance. */
export const hasAnyAnswer = (transcript: readonly Turn[]): boolean => answersOf(transcript).some(isGivenAnswer);

/** A transcript answer as the answers table stores it. */
export function toNewAnswer(answer: AnswerRecord): NewAnswer {
  return {
    questionId: answer.questionId,
    probeId: answer.probeId ?? undefined,
    attemptNumber: answer.attempt,
    text: answer.text,
    result: answer.result,
    givenAt: new Date(answer.answeredAt).toISOString(),
  };
}

type Written = { snapshot: InterviewSnapshot; persisted: unknown };

/**
 * Writes what the interview did: the latest snapshot with every transcript answer the table lacks (one
 * transaction, see `saveInterviewState`), and the outcome when the interview ends. Nothing is counted across
 * saves, so the first answer after a reload, or an answer whose save failed, is written by the next save.
 * A failed save is tried again with backoff until it succeeds. Returns a function to call per snapshot;
 * `force` writes even when nothing changed (to catch up the table when an interview is opened).
 */
export function createInterviewWriter(
  attemptId: string,
  bridge: SessionBridge,
  restored: InterviewSnapshot,
  storedAnswers = answersOf(restored.context.transcript).length,
) {
  let queue = Promise.resolve();
  let seenAnswers = answersOf(restored.context.transcript).length;
  let finished = false;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let latest: Written | null = null;
  // Answers known to be in the table: after a save commits, exactly those of its transcript. Before the first
  // save of this page, those of the stored snapshot.
  let durable = storedAnswers;
  let stored: Written | null = null;
  let stopped = false;
  const answersIn = (written: Written | null) => (written ? answersOf(written.snapshot.context.transcript).length : 0);
  const waiting = () => Math.max(0, answersIn(latest) - durable);

  const write = async () => {
    // A stopped writer starts no transaction: its interview now runs in a newer writer (see unsaved-interviews.ts).
    if (!latest || stopped) return;
    const target = latest;
    const { snapshot, persisted } = target;
    const db = appDatabase();
    await saveInterviewState(db, attemptId, answersOf(snapshot.context.transcript).map(toNewAnswer), persisted);
    durable = answersIn(target);
    stored = target;
    if (snapshot.status === 'done' && !finished) {
      const report = snapshot.output as InterviewReport;
      // Ended before any answer: nothing to assess, so not a completed attempt (Progress and readiness skip it).
      const end =
        report.outcome === 'completed'
          ? { status: 'completed' as const, score: report.score, grade: report.grade ?? undefined }
          : { status: 'abandoned' as const };
      await finishAttempt(db, attemptId, { ...end, machineSnapshot: persisted });
      finished = true;
    }
  };

  const enqueue = () => {
    clearTimeout(retry);
    bridge.writeQueued();
    queue = queue
      .then(write)
      .then(
        () => {
          failures = 0;
          bridge.reportWaiting(waiting());
          bridge.reportProblem(null);
        },
        (error: unknown) => {
          failures += 1;
          bridge.reportWaiting(waiting());
          bridge.reportProblem(toStorageProblem(error));
          retry = setTimeout(enqueue, retryDelayMs(failures));
        },
      )
      .then(() => bridge.writeSettled());
  };

  const writer = (snapshot: InterviewSnapshot, persisted: unknown, force = false) => {
    const answers = answersOf(snapshot.context.transcript).length;
    const done = snapshot.status === 'done' && !finished;
    if (!force && answers === seenAnswers && !bridge.pending.size && !done && failures === 0) return;
    seenAnswers = answers;
    bridge.pending.clear();
    latest = { snapshot, persisted };
    bridge.reportWaiting(waiting());
    enqueue();
  };
  /** Stops for good: no new save starts (one whose transaction is already open still commits first). */
  writer.stop = () => {
    stopped = true;
    clearTimeout(retry);
  };
  /** The latest persisted snapshot handed over and not yet stored (queued, saving or failed), or null. */
  writer.unsaved = (): unknown => (latest && latest !== stored ? latest.persisted : null);
  return writer;
}
