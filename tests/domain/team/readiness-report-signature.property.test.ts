import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '@/domain/team/canonical-json';
import { readReadinessReport } from '@/domain/team/readiness-report-read';
import { verifyReadinessReport } from '@/domain/team/readiness-report-signature';
import { signedFile, testSigner, type TestSigner } from './support/signed-files';
import { mutate, mutationArbitrary } from './support/mutations';
import { finding, teamAttempt, uuid } from './support/team-fixtures';

const profileId = uuid(4242);
let signer: TestSigner;
let original: Awaited<ReturnType<typeof signedFile>>;

beforeAll(async () => {
  signer = await testSigner();
  original = await signedFile(signer, {
    learner: { profileId, name: 'Ada Example', team: 'Ops' },
    sequence: 7,
    includesAnswers: true,
    attempts: [
      teamAttempt({ profileId, score: 64, grade: 'minor-nc' }),
      teamAttempt({
        profileId,
        mode: 'mock',
        findings: [
          finding({
            answers: ['We patch monthly, "critical" within 72 h.'],
            missing: [{ evidenceId: 'deadline', label: 'Deadlines', status: 'negated', essential: true }],
          }),
        ],
      }),
    ],
  });
});

describe('readiness report signatures', () => {
  it('accepts the file as exported, re-indented or with its keys in another order', async () => {
    expect((await readReadinessReport(original.text)).ok).toBe(true);
    const reformatted = JSON.stringify({ signature: original.signature, payload: original.payload }, null, 4);
    expect((await readReadinessReport(reformatted)).ok).toBe(true);
  });

  it('refuses a payload signed by one key but carrying another', async () => {
    const other = await testSigner();
    const report = { payload: { ...original.payload, publicKey: other.publicKey }, signature: original.signature };
    expect(await verifyReadinessReport(report)).toBe(false);
  });

  it('accepts no mutated file whose data differs from what was signed (1,000 mutations)', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutationArbitrary, async (mutation) => {
        const text = mutate(original.text, mutation);
        const read = await readReadinessReport(text);
        if (!read.ok) {
          refused += 1;
          expect(read.problems.length).toBeGreaterThan(0);
          expect(read.problems[0]?.message).toMatch(/\S/);
          return;
        }
        // Only a change that leaves the data as signed may pass (say a line break turned into a space).
        expect(canonicalJson(read.report.payload)).toBe(canonicalJson(original.payload));
        expect(read.report.signature).toBe(original.signature);
      }),
      { numRuns: 1000 },
    );
    expect(refused).toBeGreaterThan(900);
  });
});
