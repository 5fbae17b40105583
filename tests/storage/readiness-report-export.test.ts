import { afterEach, describe, expect, it } from 'vitest';
import { parseReadinessReport } from '@/domain/team/readiness-report-parse';
import { readReadinessReport } from '@/domain/team/readiness-report-read';
import { finishAttempt } from '@/storage/attempt-repository';
import { saveAnswer } from '@/storage/answer-repository';
import { createProfile, deleteProfile } from '@/storage/profile-repository';
import { exportReadinessReport } from '@/storage/readiness-report-export';
import type { TrainerDatabase } from '@/storage/database';
import { evidenceFromStatuses, scoreResult } from '../support/score-result-builder';
import { tinyScenario } from '../domain/team/support/team-fixtures';
import { freshDatabase } from './support/database';
import { startPatchAttempt } from './support/attempts';

const opened: TrainerDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const scenario = tinyScenario('patch-basics');

async function learnerWithAttempts() {
  const db = freshDatabase();
  opened.push(db);
  const profile = await createProfile(db, { name: 'Zoë Example', role: 'employee' });
  const attempt = await startPatchAttempt(db, profile.id, { mode: 'mock' });
  await saveAnswer(
    db,
    attempt.id,
    {
      questionId: 'q-one',
      attemptNumber: 1,
      text: 'We patch monthly.',
      result: scoreResult({
        score: 60,
        grade: 'observation',
        evidence: evidenceFromStatuses({ cycle: 'covered', deadline: 'negated' }),
      }),
    },
    {},
  );
  await finishAttempt(db, attempt.id, { status: 'completed', score: 60, grade: 'observation' });
  const open = await startPatchAttempt(db, profile.id);
  return { db, profile, attempt, open };
}

describe('exportReadinessReport', () => {
  it('signs the learner’s completed attempts, without answers unless asked, and the file verifies', async () => {
    const { db, profile, attempt } = await learnerWithAttempts();
    const file = await exportReadinessReport(db, profile.id, {
      topics: ['patch-management'],
      includeAnswers: false,
      scenarios: [scenario],
    });
    expect(file.fileName).toMatch(/^readiness-zoe-example-\d{4}-\d{2}-\d{2}\.json$/);
    const read = await readReadinessReport(file.text);
    expect(read.ok).toBe(true);
    expect(file.preview.attempts.map((a) => a.attemptId)).toEqual([attempt.id]);
    const [only] = file.preview.attempts;
    expect(only).toMatchObject({ mode: 'mock', score: 60, complete: false, grade: 'observation' });
    expect(only?.findings[0]).toMatchObject({
      questionId: 'q-one',
      given: [{ evidenceId: 'cycle', label: 'Patch cycle' }],
      missing: [{ evidenceId: 'deadline', status: 'negated', essential: false }],
    });
    expect(only?.findings[0]?.answers).toBeUndefined();
    expect(file.preview.includesAnswers).toBe(false);
    expect(file.text).not.toContain('We patch monthly');
  });

  it('includes answer texts only when asked, and increases the sequence with every export', async () => {
    const { db, profile } = await learnerWithAttempts();
    const options = { topics: ['patch-management' as const], scenarios: [scenario] };
    const first = await exportReadinessReport(db, profile.id, { ...options, includeAnswers: false });
    const second = await exportReadinessReport(db, profile.id, { ...options, includeAnswers: true });
    expect([first.preview.sequence, second.preview.sequence]).toEqual([1, 2]);
    expect(second.preview.publicKey).toEqual(first.preview.publicKey);
    expect(second.preview.attempts[0]?.findings[0]?.answers).toEqual(['We patch monthly.']);
    const parsed = parseReadinessReport(second.text);
    expect(parsed.ok && parsed.report.payload.includesAnswers).toBe(true);
  });

  it('leaves out topics not chosen, and keeps the private key unextractable', async () => {
    const { db, profile } = await learnerWithAttempts();
    const file = await exportReadinessReport(db, profile.id, {
      topics: ['logging-monitoring'],
      includeAnswers: false,
      scenarios: [scenario],
    });
    expect(file.preview.attempts).toEqual([]);
    const key = await db.signingKeys.get(profile.id);
    expect(key?.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', key!.privateKey)).rejects.toThrow();
    await deleteProfile(db, profile.id);
    expect(await db.signingKeys.count()).toBe(0);
  });
});
