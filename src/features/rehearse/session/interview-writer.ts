import { answersOf, type AnswerRecord, type InterviewReport } from '@/domain/interview';
import type { NewAnswer } from '@/storage/answer-repository';
import { finishAttempt } from '@/storage/attempt-repository';
import { appDatabase } from '@/storage/database';
import { saveInterviewState } from '@/storage/interview-state';
import { toStorageProblem } from '@/storage/storage-problem';
import type { InterviewSnapshot } from './interview-actor';
import type { SessionBridge } from './session-bridge';

/** Waits before the next try of a failed save: 1 s, 2 s, 4 s ... at most 30 s. */
export const retryDelayMs = (failures: number): number => Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));

function toNewAnswer(answer: AnswerRecord): NewAnswer {
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
export function createInterviewWriter(attemptId: string, bridge: SessionBridge, restored: InterviewSnapshot) {
  let queue = Promise.resolve();
  let seenAnswers = answersOf(restored.context.transcript).length;
  let finished = false;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let latest: Written | null = null;

  const write = async () => {
    if (!latest) return;
    const { snapshot, persisted } = latest;
    const db = appDatabase();
    await saveInterviewState(db, attemptId, answersOf(snapshot.context.transcript).map(toNewAnswer), persisted);
    if (snapshot.status === 'done' && !finished) {
      const report = snapshot.output as InterviewReport;
      await finishAttempt(db, attemptId, {
        status: 'completed',
        score: report.score,
        grade: report.grade ?? undefined,
        machineSnapshot: persisted,
      });
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
          bridge.reportProblem(null);
        },
        (error: unknown) => {
          failures += 1;
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
    enqueue();
  };
  /** Stops trying again (the interview closed); a queued write still runs. */
  writer.stop = () => clearTimeout(retry);
  return writer;
}
