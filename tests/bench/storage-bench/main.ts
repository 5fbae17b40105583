// The page the storage benchmark loads in Chromium: it drives the real storage layer on the browser's IndexedDB.
import { aggregateProgress } from '@/domain/progress/aggregate-progress';
import { parseBackup } from '@/domain/backup/parse-backup';
import { listAnswersByAttempt, listAnswersByProfile } from '@/storage/answer-repository';
import { listAttemptsByProfile } from '@/storage/attempt-repository';
import { exportBackupFile } from '@/storage/backup-export';
import { onStoredDataChange } from '@/storage/changes';
import { TrainerDatabase } from '@/storage/database';
import { loadProgress } from '@/storage/progress-loader';
import { createProfile } from '@/storage/profile-repository';
import { restoreBackup } from '@/storage/restore-backup';
import { estimateUsage, requestPersistence } from '@/storage/storage-status';
import { measure, once } from './stats';
import { writeLikeTheApp } from './write-answers';

export type BenchOptions = { attempts: number; answersPerAttempt: number; aggregationRuns: number };

async function run({ attempts, answersPerAttempt, aggregationRuns }: BenchOptions) {
  const db = new TrainerDatabase(`bench-${crypto.randomUUID()}`);
  const learner = await createProfile(db, { name: 'Bench learner', role: 'employee' });
  const write = await writeLikeTheApp(db, learner, attempts, answersPerAttempt);
  const readAll = await measure(5, () => listAnswersByProfile(db, learner.id));
  const stored = await listAttemptsByProfile(db, learner.id);
  const readOne = await measure(200, () =>
    listAnswersByAttempt(db, stored[Math.floor(Math.random() * stored.length)]!.id),
  );
  const answers = await listAnswersByProfile(db, learner.id);
  const aggregation = await measure(aggregationRuns, () => aggregateProgress(stored, answers, []));
  const fromAnswers = await measure(10, async () =>
    aggregateProgress(await listAttemptsByProfile(db, learner.id), await listAnswersByProfile(db, learner.id), []),
  );
  const progressPage = await measure(aggregationRuns, () => loadProgress(db, learner.id, []));
  const exported = await once(() => exportBackupFile(db, { kind: 'all' }));
  const parsed = await once(async () => parseBackup(exported.value.text));
  const target = new TrainerDatabase(`bench-restore-${crypto.randomUUID()}`);
  const restore = await once(() => restoreBackup(target, exported.value.text));
  const restoreAgain = await once(() => restoreBackup(target, exported.value.text));
  const usage = await estimateUsage();
  await Promise.all([db.delete(), target.delete()]);
  return {
    answers: answers.length,
    attempts: stored.length,
    write,
    readAll,
    readOne,
    aggregation,
    fromAnswers,
    progressPage,
    backup: {
      megabytes: exported.value.text.length / 1024 / 1024,
      exportMs: exported.ms,
      parseMs: parsed.ms,
      restoreMs: restore.ms,
      restoreAgainMs: restoreAgain.ms,
      added: restore.value.ok ? restore.value.report.added.answers : -1,
      addedAgain: restoreAgain.value.ok ? restoreAgain.value.report.added.answers : -1,
    },
    usage,
    persistence: await requestPersistence(),
  };
}

/** Tab B: resolves with the time (epoch ms) it learns of a write to the named database. */
function waitForChange(name: string): Promise<number> {
  const db = new TrainerDatabase(name);
  return new Promise((resolve) => {
    const stop = onStoredDataChange(db, () => {
      stop();
      resolve(Date.now());
    });
  });
}

/** Tab A: writes a profile and returns when (epoch ms) the write began. */
async function writeOnce(name: string): Promise<number> {
  const db = new TrainerDatabase(name);
  await db.open();
  const start = Date.now();
  await createProfile(db, { name: 'Other tab', role: 'employee' });
  return start;
}

Object.assign(window, { storageBench: { run, waitForChange, writeOnce } });
