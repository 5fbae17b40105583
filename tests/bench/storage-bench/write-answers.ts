import type { Profile } from '@/domain/records/profile-schema';
import { topics } from '@/domain/scenario/scenario-schema';
import { saveAnswer } from '@/storage/answer-repository';
import { finishAttempt, startAttempt } from '@/storage/attempt-repository';
import type { TrainerDatabase } from '@/storage/database';
import { buildScoreResult, seededRandom } from '../../domain/records/support/records';
import { figure, type Figure } from './stats';

/**
 * Plays `attempts` interviews of `answersPerAttempt` answers the way the app writes them: one transaction per
 * answer (answer + machine snapshot), then the attempt's end. Returns the time per saved answer.
 */
export async function writeLikeTheApp(
  db: TrainerDatabase,
  learner: Profile,
  attempts: number,
  answersPerAttempt: number,
): Promise<{ total: number; perAnswer: Figure }> {
  const random = seededRandom(99);
  const samples: number[] = [];
  const started = performance.now();
  for (let a = 0; a < attempts; a += 1) {
    const topic = topics[a % topics.length]!;
    const attempt = await startAttempt(db, {
      profileId: learner.id,
      scenarioId: `${topic}-basics`,
      scenarioVersion: '1.0.0',
      topic,
      mode: a % 3 === 0 ? 'mock' : 'practice',
      persona: 'friendly',
      locale: 'en',
    });
    for (let i = 0; i < answersPerAttempt; i += 1) {
      const result = buildScoreResult(random);
      const snapshot = { value: 'asking', context: { question: i, history: Array.from({ length: i }, (_, k) => k) } };
      const start = performance.now();
      await saveAnswer(
        db,
        attempt.id,
        {
          questionId: `question-${Math.floor(i / 2) + 1}`,
          attemptNumber: 1,
          text: `Answer ${i}: we review the baseline every quarter and track exceptions in tickets.`,
          result,
        },
        snapshot,
      );
      samples.push(performance.now() - start);
    }
    await finishAttempt(db, attempt.id, { status: 'completed', score: Math.round(random() * 100), grade: 'ofi' });
  }
  return { total: performance.now() - started, perAnswer: figure(samples) };
}
