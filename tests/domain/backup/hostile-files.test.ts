import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupErrorCodes } from '@/domain/backup/backup-errors';
import { parseBackup } from '@/domain/backup/parse-backup';
import { hostileFile, isReadable } from './support/hostile-files';

describe('parseBackup on hostile files', () => {
  it('refuses each one with readable, located messages and never throws', () => {
    const seenKinds = new Set<string>();
    fc.assert(
      fc.property(hostileFile(), ({ kind, text }) => {
        seenKinds.add(kind);
        const result = parseBackup(text);
        expect(result.ok, `${kind} was accepted`).toBe(false);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        expect(result.errors.length).toBeLessThanOrEqual(21);
        for (const error of result.errors) {
          expect(isReadable(error.message), error.message).toBe(true);
          expect(backupErrorCodes).toContain(error.code);
        }
      }),
      { numRuns: 1_500, seed: 20_261_123 },
    );
    expect(seenKinds.size).toBeGreaterThanOrEqual(15);
  }, 60_000);

  it('keeps a __proto__ key from touching any prototype', () => {
    parseBackup('{"format": "mock-audit-trainer-backup", "data": {"__proto__": {"polluted": true}}}');
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
  });
});
