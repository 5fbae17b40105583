// fast-check generators of backup files that must all be refused: random JSON, damaged and mutated real
// backups, huge strings, deep nesting, prototype keys, wrong formats and versions, broken references.
import fc from 'fast-check';
import type { Backup, BackupV1 } from '@/domain/backup/backup-schema';
import { jsonCopy } from '@/lib/json-copy';
import { buildDataset, fixedUuid } from '../../records/support/records';
import { buildBackup, buildBackupV1 } from './backups';

export type HostileFile = { kind: string; text: string };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Holder = { [key: string]: Json } | Json[];
type Slot = { holder: Holder; key: string | number; path: string };

// Free-form fields hold any JSON, so changing what is inside them can leave a file valid.
const freeForm = new Set(['machineSnapshot', 'value', 'payload']);
// Leaving these out is allowed.
const optional = new Set(['endedAt', 'probeId', 'score', 'grade', 'appVersion', 'settings', 'phrase', ...freeForm]);

/** Every value position in the backup outside free-form fields, in document order. */
function slots(root: Json, path = '', found: Slot[] = []): Slot[] {
  if (root === null || typeof root !== 'object') return found;
  const entries: [string | number, Json][] = Array.isArray(root) ? root.map((v, i) => [i, v]) : Object.entries(root);
  for (const [key, value] of entries) {
    if (typeof key === 'string' && freeForm.has(key)) continue;
    const slot = { holder: root, key, path: `${path}/${key}` };
    found.push(slot);
    slots(value, slot.path, found);
  }
  return found;
}

function read(slot: Slot): Json {
  return Array.isArray(slot.holder) ? slot.holder[Number(slot.key)]! : slot.holder[String(slot.key)]!;
}

function write(slot: Slot, value: Json): void {
  if (Array.isArray(slot.holder)) slot.holder[Number(slot.key)] = value;
  else slot.holder[String(slot.key)] = value;
}

/** A value of another JSON type than the given one (the schemas never accept two types in one place). */
function otherType(value: Json, pick: number): Json {
  const candidates: Json[] = [42.5, 'text', true, null, [], { a: 1 }];
  const kindOf = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  const others = candidates.filter((candidate) => kindOf(candidate) !== kindOf(value));
  return others[pick % others.length]!;
}

const small = buildDataset({ profiles: 2, attemptsPerProfile: 2, answersPerAttempt: 3, seed: 5 });
const json = (value: unknown) => jsonCopy(value) as Json;

/** Fresh mutable copies of valid backups, current and format 1, and optionally a caller's own backup. */
function bases(extra: readonly Backup[]): fc.Arbitrary<Json> {
  const all: (Backup | BackupV1)[] = [buildBackup(small), buildBackupV1(small), ...extra];
  return fc.constantFrom(...all).map(json);
}

type Mutation = (backup: Json, pick: number) => void;

const mutations: Record<string, Mutation> = {
  'wrong type': (b, pick) => {
    const all = slots(b);
    const slot = all[pick % all.length]!;
    write(slot, otherType(read(slot), pick));
  },
  'missing field': (b, pick) => {
    const all = slots(b).filter((s) => !Array.isArray(s.holder) && typeof s.key === 'string' && !optional.has(s.key));
    const slot = all[pick % all.length]!;
    delete (slot.holder as Record<string, Json>)[String(slot.key)];
  },
  'unknown field': (b, pick) => {
    const objects = slots(b)
      .map(read)
      .filter((v): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v));
    const target =
      pick % (objects.length + 1) === objects.length ? (b as Record<string, Json>) : objects[pick % objects.length]!;
    target[`extra${pick % 7}`] = 'surprise';
  },
  'bad id': (b, pick) => {
    // Record ids only: ids inside scorer results are scenario slugs, where "not-a-uuid" is fine.
    const ids = slots(b).filter((s) => /^\/(data\/\w+\/\d+|scope)\/(id|profileId|attemptId)$/.test(s.path));
    write(ids[pick % ids.length]!, ['', '42', 'not-a-uuid', `${fixedUuid(1)}x`][pick % 4]!);
  },
  'bad time': (b, pick) => {
    const times = slots(b).filter((s) => typeof s.key === 'string' && /At$/.test(s.key));
    write(
      times[pick % times.length]!,
      ['yesterday', '2026-13-01T00:00:00.000Z', '2026-01-01T00:00:00Z', '1767225600000'][pick % 4]!,
    );
  },
  'dangling reference': (b, pick) => {
    const refs = slots(b).filter(
      (s) => s.key === 'attemptId' || (s.key === 'profileId' && !s.path.startsWith('/scope')),
    );
    write(refs[pick % refs.length]!, fixedUuid(50_000 + pick, 9));
  },
  'duplicate record': (b, pick) => {
    const tables = ['profiles', 'attempts', 'answers'] as const;
    const list = ((b as Record<string, Json>).data as Record<string, Json[]>)[tables[pick % 3]!]!;
    list.push(json(list[pick % list.length]));
  },
  'huge string': (b, pick) => {
    const texts = slots(b).filter((s) => s.key === 'text' || s.key === 'name');
    write(texts[pick % texts.length]!, 'x'.repeat(pick % 2 === 0 ? 20_001 : 1_000_001));
  },
  'deep nesting': (b, pick) => {
    let nested: Json = 'bottom';
    for (let i = 0; i < 61 + (pick % 300); i += 1) nested = pick % 2 === 0 ? [nested] : { n: nested };
    const attempts = ((b as Record<string, Json>).data as Record<string, Record<string, Json>[]>).attempts!;
    attempts[pick % attempts.length]!.machineSnapshot = nested;
  },
  'prototype key': (b, pick) => {
    const objects = [b, ...slots(b).map(read)].filter(
      (v): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v),
    );
    const key = ['__proto__', 'constructor', 'prototype'][pick % 3]!;
    Object.defineProperty(objects[pick % objects.length]!, key, { value: { polluted: true }, enumerable: true });
  },
  'wrong format version': (b, pick) => {
    (b as Record<string, Json>).formatVersion = [0, -1, 1.5, '3', null, 4, 99, 2 ** 40][pick % 8]!;
  },
  'wrong format name': (b, pick) => {
    (b as Record<string, Json>).format = ['', 'mock-audit-trainer', 'MOCK-AUDIT-TRAINER-BACKUP', 7][pick % 4]!;
  },
};

/** A valid backup with one mutation that makes it invalid. */
function mutated(extra: readonly Backup[]): fc.Arbitrary<HostileFile> {
  return fc.tuple(bases(extra), fc.constantFrom(...Object.keys(mutations)), fc.nat()).map(([backup, kind, pick]) => {
    mutations[kind]!(backup, pick);
    return { kind, text: JSON.stringify(backup) };
  });
}

/** A valid backup's text cut short anywhere before its last character. */
function truncated(extra: readonly Backup[]): fc.Arbitrary<HostileFile> {
  return fc.tuple(bases(extra), fc.nat()).map(([backup, at]) => {
    const text = JSON.stringify(backup, null, 1);
    return { kind: 'truncated', text: text.slice(0, at % text.length) };
  });
}

const noise: fc.Arbitrary<HostileFile> = fc.oneof(
  fc.jsonValue().map((value) => ({ kind: 'random json', text: JSON.stringify(value) ?? 'null' })),
  fc.string({ unit: 'binary', maxLength: 200 }).map((text) => ({ kind: 'random text', text })),
  fc
    .integer({ min: 65, max: 100_000 })
    .map((depth) => ({ kind: 'deep text', text: '['.repeat(depth) + ']'.repeat(depth) })),
);

/** Any hostile file; `extra` adds the caller's own valid backups (e.g. of a seeded database) as bases to mutate. */
export function hostileFile(extra: readonly Backup[] = []): fc.Arbitrary<HostileFile> {
  return fc.oneof(
    { arbitrary: mutated(extra), weight: 6 },
    { arbitrary: truncated(extra), weight: 2 },
    { arbitrary: noise, weight: 2 },
  );
}

/** A message a person can read: some words, not too long, no code or stack trace. */
export function isReadable(message: string): boolean {
  return (
    /\p{L}{3,}/u.test(message) &&
    message.length <= 400 &&
    !/\n\s*at\s|ZodError|\[object |undefined|NaN|Error:/.test(message)
  );
}
