import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '@/domain/team/canonical-json';
import type { TrainerDatabase } from '@/storage/database';
import { importReadinessReports } from '@/storage/readiness-report-import';
import { signedFile, testSigner } from '../domain/team/support/signed-files';
import { mutate, mutationArbitrary } from '../domain/team/support/mutations';
import { teamAttempt, uuid } from '../domain/team/support/team-fixtures';
import { freshDatabase, snapshotOf } from './support/database';

const learner = { profileId: uuid(5151), name: 'Bea Example' };
let db: TrainerDatabase;
let newer: Awaited<ReturnType<typeof signedFile>>;

beforeAll(async () => {
  db = freshDatabase();
  const signer = await testSigner();
  const kept = await signedFile(signer, {
    learner,
    sequence: 1,
    attempts: [teamAttempt({ profileId: learner.profileId })],
  });
  await importReadinessReports(db, [{ name: 'kept.json', text: kept.text }]);
  newer = await signedFile(signer, {
    learner,
    sequence: 2,
    attempts: [teamAttempt({ profileId: learner.profileId, score: 91 })],
  });
});
afterAll(() => db.delete());

describe('importReadinessReports over mutated files', () => {
  it('writes nothing for any mutated file that differs from what was signed (200 mutations)', async () => {
    await fc.assert(
      fc.asyncProperty(mutationArbitrary, async (mutation) => {
        const text = mutate(newer.text, mutation);
        const before = await snapshotOf(db);
        const [result] = await importReadinessReports(db, [{ name: 'mutated.json', text }]);
        if (result?.outcome === 'refused' || result?.outcome === 'key-changed-warning') {
          expect(await snapshotOf(db)).toEqual(before);
          return;
        }
        // Accepted only when the data is exactly as signed; put the kept report back for the next run.
        const stored = await db.teamReports.get(learner.profileId);
        expect(canonicalJson(stored?.report.payload)).toBe(canonicalJson(newer.payload));
        await db.transaction('rw', [db.teamReports, db.teamSources], async () => {
          await db.teamReports.bulkPut(before.teamReports as never[]);
          await db.teamSources.clear();
          await db.teamSources.bulkPut(before.teamSources as never[]);
        });
      }),
      { numRuns: 200 },
    );
  });
});
