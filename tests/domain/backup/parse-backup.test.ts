import { describe, expect, it } from 'vitest';
import type { Backup } from '@/domain/backup/backup-schema';
import { backupLimits } from '@/domain/records/limits';
import { parseBackup, type ParseBackupResult } from '@/domain/backup/parse-backup';
import { serializeBackup } from '@/domain/backup/serialize-backup';
import { jsonCopy } from '@/lib/json-copy';
import { buildDataset, fixedUuid } from '../records/support/records';
import formatOneText from './fixtures/backup-format-1.json?raw';
import { buildBackup, buildBackupV1 } from './support/backups';

const data = buildDataset({ profiles: 2, attemptsPerProfile: 3, answersPerAttempt: 4 });
const valid = buildBackup(data);

/** A deep copy of the valid backup with one change applied. */
function broken(change: (backup: Backup) => void): string {
  const copy: Backup = jsonCopy(valid);
  change(copy);
  return JSON.stringify(copy, null, 2);
}

function errorsOf(result: ParseBackupResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('parseBackup: valid files', () => {
  it('reads back what serializeBackup wrote', () => {
    const result = parseBackup(serializeBackup(valid));
    expect(result).toEqual({ ok: true, backup: valid });
  });

  it('ignores a byte-order mark at the start', () => {
    expect(parseBackup(`\uFEFF${serializeBackup(valid)}`).ok).toBe(true);
  });

  it('migrates a format-1 file to the current format and says so', () => {
    const result = parseBackup(JSON.stringify(buildBackupV1(data)));
    expect(result.ok && result.migratedFrom).toBe(1);
    expect(result.ok && result.backup.data).toEqual(data);
    expect(result.ok && result.backup.formatVersion).toBe(2);
  });

  it('reads a backup of one profile', () => {
    const profile = data.profiles[0]!;
    const one = buildBackup(
      {
        profiles: [profile],
        attempts: data.attempts.filter((a) => a.profileId === profile.id),
        answers: data.answers.filter((a) => a.profileId === profile.id),
        customScenarios: [],
      },
      { kind: 'profile', profileId: profile.id },
    );
    expect(parseBackup(JSON.stringify(one)).ok).toBe(true);
  });
});

describe('parseBackup: refused files', () => {
  it.each([
    ['an empty file', '', 'empty', /^The file is empty\.$/],
    ['only spaces', '  \n ', 'empty', /empty/],
    [
      'text cut off',
      '{"format": "mock-audit-trainer-backup", "data": {',
      'json-syntax',
      /ends too early.*line 1, column 50/,
    ],
    [
      'a trailing comma',
      '{\n  "a": 1,\n}',
      'json-syntax',
      /expected a field name in double quotes \(line 3, column 1\)/,
    ],
    ['a raw line break in a text', '{"a": "x\ny"}', 'json-syntax', /line break or control character.*line 1, column 9/],
    ['single quotes', "{'a': 1}", 'json-syntax', /field name in double quotes/],
    ['a list', '[1, 2]', 'not-a-backup', /not a Mock Audit Trainer backup/],
    ["another app's file", '{"format": "other", "formatVersion": 1}', 'not-a-backup', /"format" field/],
    ['nesting beyond the limit', `${'['.repeat(65)}${']'.repeat(65)}`, 'too-deep', /nested more than 64 levels/],
    [
      'a __proto__ key',
      '{"format": "mock-audit-trainer-backup", "__proto__": {"x": 1}}',
      'forbidden-key',
      /"__proto__" is not allowed/,
    ],
    [
      'a constructor key deep inside',
      '{"a": [{"b": {"constructor": 1}}]}',
      'forbidden-key',
      /^a\[0\]\.b\.constructor: /,
    ],
  ])('%s', (_name, text, code, message) => {
    const [first] = errorsOf(parseBackup(text));
    expect(first?.code).toBe(code);
    expect(first?.message).toMatch(message);
  });

  it('places a syntax error in the middle of a real file', () => {
    const text = serializeBackup(valid).replace('"status": "completed"', '"status" "completed"');
    const [first] = errorsOf(parseBackup(text));
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"status" "completed"')) + 1;
    expect(first).toMatchObject({ code: 'json-syntax', line });
    expect(first?.message).toMatch(/expected ":" after the field name/);
  });

  it('refuses a file from a newer version with a plain message', () => {
    const [first] = errorsOf(parseBackup(broken((b) => Object.assign(b, { formatVersion: 3 }))));
    expect(first).toMatchObject({ code: 'newer-format', path: 'formatVersion' });
    expect(first?.message).toBe(
      'This backup was made by a newer version of Mock Audit Trainer (format 3); this version reads formats up to 2. Update the app to restore it.',
    );
  });

  it.each([[0], [-1], [1.5], ['2'], [null]])('refuses formatVersion %j', (version) => {
    const [first] = errorsOf(parseBackup(broken((b) => Object.assign(b, { formatVersion: version }))));
    expect(first?.code).toBe('unknown-format-version');
    expect(first?.message).toMatch(/^formatVersion: must be a whole number from 1 to 2, got /);
  });

  it.each([
    [
      'a wrong type',
      (b: Backup) => Object.assign(b.data.answers[1]!.result, { score: 'high' }),
      'data.answers[1].result.score: expected a number, got text',
    ],
    [
      'a missing field',
      (b: Backup) => Reflect.deleteProperty(b.data.attempts[0]!, 'locale'),
      /^data\.attempts\[0\]\.locale: is missing \(expected "en", "de"\)$/,
    ],
    [
      'an unknown field',
      (b: Backup) => Object.assign(b.data.profiles[0]!, { nickname: 'Sam' }),
      'data.profiles[0]: has unknown field "nickname"',
    ],
    [
      'a bad id',
      (b: Backup) => Object.assign(b.data.answers[2]!, { id: '42' }),
      /^data\.answers\[2\]\.id: must be an id in UUID form/,
    ],
    [
      'a local time',
      (b: Backup) => Object.assign(b.data.attempts[1]!, { startedAt: '2026-01-05 10:00' }),
      /^data\.attempts\[1\]\.startedAt: must be a UTC time like/,
    ],
    [
      'an unknown grade',
      (b: Backup) => Object.assign(b.data.attempts[1]!, { grade: 'excellent' }),
      /^data\.attempts\[1\]\.grade: must be one of "conformity", "ofi"/,
    ],
    [
      'an over-long answer',
      (b: Backup) => Object.assign(b.data.answers[0]!, { text: 'x'.repeat(20_001) }),
      'data.answers[0].text: is too long: at most 20000 characters',
    ],
    [
      'a blank name',
      (b: Backup) => Object.assign(b.data.profiles[1]!, { name: '  ' }),
      'data.profiles[1].name: must not be empty',
    ],
    [
      'an end before the start',
      (b: Backup) => Object.assign(b.data.attempts[0]!, { endedAt: '2020-01-01T00:00:00.000Z' }),
      'data.attempts[0].endedAt: must not be earlier than startedAt',
    ],
    [
      'a wrong scope',
      (b: Backup) => Object.assign(b, { scope: { kind: 'some' } }),
      /^scope\.kind: must be one of "all", "profile"$/,
    ],
  ])('names the record and field for %s', (_name, change, message) => {
    const [first] = errorsOf(parseBackup(broken(change)));
    expect(first?.code).toBe('invalid-field');
    expect(first?.message).toMatch(message);
  });

  it.each([
    [
      'an answer of an attempt not in the file',
      (b: Backup) => Object.assign(b.data.answers[3]!, { attemptId: fixedUuid(999, 9) }),
      'dangling-reference',
      /^data\.answers\[3\]\.attemptId: refers to attempt .* not in this file$/,
    ],
    [
      'an attempt of a profile not in the file',
      (b: Backup) => Object.assign(b.data.attempts[2]!, { profileId: fixedUuid(999, 9) }),
      'dangling-reference',
      /^data\.attempts\[2\]\.profileId: refers to profile/,
    ],
    [
      'an answer of another profile than its attempt',
      (b: Backup) => Object.assign(b.data.answers[0]!, { profileId: b.data.profiles[1]!.id }),
      'dangling-reference',
      /differs from the profile of its attempt/,
    ],
    [
      'a duplicated answer',
      (b: Backup) => b.data.answers.push(jsonCopy(b.data.answers[0]!)),
      'duplicate-id',
      /^data\.answers\[24\]\.id: the same id as data\.answers\[0\]$/,
    ],
    [
      'a profile scope over two profiles',
      (b: Backup) => Object.assign(b, { scope: { kind: 'profile', profileId: b.data.profiles[0]!.id } }),
      'scope-mismatch',
      /holds only that profile/,
    ],
  ])('checks references: %s', (_name, change, code, message) => {
    const [first] = errorsOf(parseBackup(broken(change)));
    expect(first?.code).toBe(code);
    expect(first?.message).toMatch(message);
  });

  it('lists at most 20 problems and sums up the rest', () => {
    const errors = errorsOf(
      parseBackup(broken((b) => b.data.answers.forEach((a) => Object.assign(a, { attemptNumber: 0 })))),
    );
    expect(errors).toHaveLength(21);
    expect(errors.at(-1)).toMatchObject({ code: 'more-errors', message: '…and 4 more problems.' });
  });

  it('refuses too many records', () => {
    const many = broken((b) => {
      b.data.customScenarios = Array.from({ length: 1_001 }, (_, i) => ({
        ...data.customScenarios[0]!,
        id: fixedUuid(i, 7),
      }));
    });
    expect(errorsOf(parseBackup(many))[0]?.message).toBe('data.customScenarios: is too large: at most 1000 items');
  });

  it.each([
    ['file size', { maxFileChars: 100 }, 'too-large', /too large to be a backup/],
    [
      'string length',
      { maxStringChars: 50 },
      'string-too-long',
      /^data\.answers\[0\]\.text: a text of \d+ characters is longer than the 50 allowed$/,
    ],
    ['nesting', { maxDepth: 4 }, 'too-deep', /nested more than 4 levels/],
  ])('applies the %s limit before reading records', (_name, limit, code, message) => {
    const [first] = errorsOf(parseBackup(serializeBackup(valid), { ...backupLimits, ...limit }));
    expect(first?.code).toBe(code);
    expect(first?.message).toMatch(message);
  });

  it('refuses a file beyond the default size at once', () => {
    const [first] = errorsOf(parseBackup(' '.repeat(backupLimits.maxFileChars) + '{}'));
    expect(first?.code).toBe('too-large');
  });
});

describe('parseBackup: stored format-1 file', () => {
  it('reads and migrates a file written by the first release', () => {
    const result = parseBackup(formatOneText);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.migratedFrom).toBe(1);
    expect(result.backup.data.attempts[0]).toMatchObject({
      scenarioId: 'patch-management-basics',
      topic: 'patch-management',
      scenarioVersion: '1.0.0',
    });
    expect(result.backup.data.attempts[0]).not.toHaveProperty('scenario');
    expect(result.backup.data.answers.every((a) => a.profileId === result.backup.data.profiles[0]!.id)).toBe(true);
  });
});
