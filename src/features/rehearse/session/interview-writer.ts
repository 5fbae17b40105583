import { answersOf, type InterviewReport } from '@/domain/interview';
import { saveAnswer } from '@/storage/answer-repository';
import { saveAttemptPosition } from '@/storage/attempt-position';
import { finishAttempt } from '@/storage/attempt-repository';
import { appDatabase } from '@/storage/database';
import { toStorageProblem } from '@/storage/storage-problem';
import type { InterviewSnapshot } from './interview-actor';
import type { SessionBridge } from './session-bridge';

/**
 * Writes what the interview did, in order: each new answer with the snapshot after it (one transaction),
 * else the new position, and the outcome when the interview ends. Returns a function to call per snapshot.
 */
export function createInterviewWriter(attemptId: string, bridge: SessionBridge) {
  let queue = Promise.resolve();
  let saved: number | null = null;
  let finished = false;
  return (snapshot: InterviewSnapshot, persisted: unknown) => {
    const answers = answersOf(snapshot.context.transcript);
    saved ??= answers.length;
    const fresh = answers.slice(saved);
    const done = snapshot.status === 'done' && !finished;
    if (!fresh.length && !bridge.pending.size && !done) return;
    saved = answers.length;
    bridge.pending.clear();
    finished ||= done;
    const db = appDatabase();
    const write = async () => {
      for (const a of fresh) {
        const answer = {
          questionId: a.questionId,
          probeId: a.probeId ?? undefined,
          attemptNumber: a.attempt,
          text: a.text,
          result: a.result,
        };
        await saveAnswer(db, attemptId, answer, persisted);
      }
      if (!fresh.length && !done) await saveAttemptPosition(db, attemptId, persisted);
      if (done) {
        const report = snapshot.output as InterviewReport;
        await finishAttempt(db, attemptId, {
          status: 'completed',
          score: report.score,
          grade: report.grade ?? undefined,
          machineSnapshot: persisted,
        });
      }
    };
    bridge.writeQueued();
    queue = queue
      .then(write)
      .then(
        () => bridge.reportProblem(null),
        (error: unknown) => bridge.reportProblem(toStorageProblem(error)),
      )
      .then(() => bridge.writeSettled());
  };
}
