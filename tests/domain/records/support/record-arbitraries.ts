// fast-check generators of whole, consistent databases: every record kind a backup holds, with texts of any
// Unicode the app can store (right-to-left overrides, zero-width and bidi controls, lone surrogates, line and
// paragraph separators, NUL) and texts exactly as long as their limits allow.
import fc from 'fast-check';
import type { Answer } from '@/domain/records/answer-schema';
import { attemptModes, attemptStatuses, type Attempt } from '@/domain/records/attempt-schema';
import type { CustomScenario } from '@/domain/records/custom-scenario-schema';
import { jsonValueSchema } from '@/domain/records/json-value';
import { fieldLimits, jsonValueLimits } from '@/domain/records/limits';
import type { Profile } from '@/domain/records/profile-schema';
import type { Setting } from '@/domain/records/setting-schema';
import { locales } from '@/domain/scenario/locale';
import { grades, personas, topics } from '@/domain/scenario/scenario-schema';
import { evidenceStatuses, messageCodes, type ScoreResult } from '@/domain/scoring/score-types';
import { jsonCopy } from '@/lib/json-copy';
import type { Dataset } from './records';

const hostilePieces = [
  '\u202E', // right-to-left override
  '\u202D',
  '\u2066', // isolates
  '\u2069',
  '\u200B', // zero-width space, joiner, non-joiner
  '\u200D',
  '\u200C',
  '\uFEFF',
  '\uD800', // lone surrogates: a text field can hold them, IndexedDB keeps them, JSON escapes them
  '\uDFFF',
  '\u2028',
  '\u2029',
  '\u0000',
  '"',
  '\\',
  '</script>',
  '👩🏽‍💻',
  'e\u0301',
  'שלום',
  'Grüße',
];

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const hostileUnit = fc.oneof(fc.constantFrom(...hostilePieces), anyUnit, fc.string({ unit: 'grapheme', maxLength: 3 }));

/** Text of at most `max` UTF-16 units: short and hostile, or filled to exactly the limit. */
export function textUpTo(max: number): fc.Arbitrary<string> {
  const short = fc.array(hostileUnit, { maxLength: 12 }).map((parts) => parts.join('').slice(0, max));
  const full = fc
    .constantFrom(...hostilePieces, 'a')
    .map((piece) => piece.repeat(Math.ceil(max / piece.length)).slice(0, max));
  return fc.oneof({ arbitrary: short, weight: 9 }, { arbitrary: full, weight: 1 });
}

/** Text that says something (a non-space character), as names and keys must. */
const nonBlankUpTo = (max: number) => textUpTo(max).filter((text) => /\S/.test(text));

const slug = fc.oneof(
  { arbitrary: fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,3}$/), weight: 9 },
  { arbitrary: fc.constant('a'.repeat(fieldLimits.idChars)), weight: 1 },
);
const semver = fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99)).map((parts) => parts.join('.'));
const time = fc
  .date({ min: new Date('2020-01-01T00:00:00.000Z'), max: new Date('2035-12-31T23:59:59.999Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const percent = fc.double({ min: 0, max: 100, noNaN: true });

/** `levels` objects deep, the innermost holding `leaf`. */
function nested(levels: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i += 1) value = { next: value };
  return value;
}

/** Free-form JSON as the app stores it (a JSON copy), sometimes at the nesting or text limit. */
const freeValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    // A random key may be one no stored value may have (constructor, prototype): those are not data the app writes.
    arbitrary: fc
      .jsonValue({ maxDepth: 3 })
      .map((value) => jsonCopy(value))
      .filter((value) => jsonValueSchema.safeParse(value).success),
    weight: 8,
  },
  {
    arbitrary: textUpTo(jsonValueLimits.maxStringChars).map((text) => nested(jsonValueLimits.maxDepth, text)),
    weight: 1,
  },
  { arbitrary: fc.array(textUpTo(fieldLimits.answerChars), { maxLength: 3 }), weight: 1 },
);

const span = fc.tuple(fc.nat(30_000), fc.nat(500)).map(([start, length]) => ({ start, end: start + length }));
const phrase = textUpTo(fieldLimits.phraseChars);
const evidence = fc.record(
  { id: slug, status: fc.constantFrom(...evidenceStatuses), spans: fc.array(span, { maxLength: 3 }), phrase },
  { requiredKeys: ['id', 'status', 'spans'] },
);
const redFlag = fc.record(
  { id: slug, severity: fc.constantFrom('minor', 'major'), spans: fc.array(span, { maxLength: 3 }), phrase },
  { requiredKeys: ['id', 'severity', 'spans'] },
);
const listOf = <T>(item: fc.Arbitrary<T>) =>
  fc.oneof(
    { arbitrary: fc.array(item, { maxLength: 3 }), weight: 19 },
    { arbitrary: item.map((one) => Array.from({ length: fieldLimits.listItems }, () => one)), weight: 1 },
  );

export const scoreResultArbitrary: fc.Arbitrary<ScoreResult> = fc.record({
  score: percent,
  grade: fc.constantFrom(...grades),
  coverage: fc.double({ min: 0, max: 1, noNaN: true }),
  evidence: listOf(evidence),
  redFlags: fc.array(redFlag, { maxLength: 2 }),
  missingEssential: fc.array(slug, { maxLength: 3 }),
  vague: fc.boolean(),
  offTopic: fc.boolean(),
  keywordList: fc.boolean(),
  messages: fc.array(fc.constantFrom(...messageCodes), { maxLength: 4 }),
});

const profile = (id: string): fc.Arbitrary<Profile> =>
  fc
    .record({
      name: nonBlankUpTo(fieldLimits.nameChars),
      role: fc.constantFrom('employee', 'trainer', 'manager'),
      times: fc.tuple(time, time),
    })
    .map(({ times: [a, b], ...rest }) => ({ id, ...rest, createdAt: a < b ? a : b, updatedAt: a < b ? b : a }));

/** An interview snapshot's shape around generated texts, or any other free-form value. */
const machineSnapshot = fc.oneof(
  fc
    .record({
      texts: fc.array(textUpTo(fieldLimits.answerChars), { maxLength: 3 }),
      value: fc.constantFrom('introduction', 'wrapUp'),
    })
    .map(({ texts, value }) => ({
      status: 'active',
      value,
      context: { transcript: texts.map((text, at) => ({ role: 'learner', at, answer: { text, kind: 'answer' } })) },
    })),
  freeValue,
);

const attempt = (id: string, profileId: string): fc.Arbitrary<Attempt> =>
  fc
    .record(
      {
        scenarioId: slug,
        scenarioVersion: semver,
        topic: fc.constantFrom(...topics),
        mode: fc.constantFrom(...attemptModes),
        persona: fc.constantFrom(...personas),
        locale: fc.constantFrom(...locales),
        status: fc.constantFrom(...attemptStatuses),
        times: fc.tuple(time, time),
        machineSnapshot,
        score: percent,
        grade: fc.constantFrom(...grades),
      },
      { requiredKeys: ['scenarioId', 'scenarioVersion', 'topic', 'mode', 'persona', 'locale', 'status', 'times'] },
    )
    .map(({ times: [a, b], status, ...rest }) => ({
      id,
      profileId,
      ...rest,
      status,
      startedAt: a < b ? a : b,
      ...(status === 'in-progress' ? {} : { endedAt: a < b ? b : a }),
    }));

const answer = (id: string, owner: Attempt): fc.Arbitrary<Answer> =>
  fc
    .record(
      {
        questionId: slug,
        probeId: slug,
        attemptNumber: fc.integer({ min: 1, max: fieldLimits.maxAttemptNumber }),
        text: textUpTo(fieldLimits.answerChars),
        givenAt: time,
        result: scoreResultArbitrary,
      },
      { requiredKeys: ['questionId', 'attemptNumber', 'text', 'givenAt', 'result'] },
    )
    .map((rest) => ({ id, attemptId: owner.id, profileId: owner.profileId, ...rest }));

const customScenario = (id: string): fc.Arbitrary<CustomScenario> =>
  fc.record({
    id: fc.constant(id),
    fileName: nonBlankUpTo(fieldLimits.fileNameChars).filter((name) => /^[^/\\\0]+$/.test(name)),
    source: textUpTo(fieldLimits.sourceChars),
    updatedAt: time,
  });

const setting: fc.Arbitrary<Setting> = fc.record({ key: nonBlankUpTo(fieldLimits.settingKeyChars), value: freeValue });

const ids = (max: number) => fc.uniqueArray(fc.uuid(), { maxLength: max });
const each = <T, R>(items: readonly T[], make: (item: T) => fc.Arbitrary<R>): fc.Arbitrary<R[]> =>
  fc.tuple(...items.map(make));
const pickOwner = <T>(owners: readonly T[]) => fc.nat(Math.max(0, owners.length - 1)).map((index) => owners[index]!);

/** A small consistent database: each attempt belongs to a generated profile, each answer to an attempt. */
export const datasetArbitrary: fc.Arbitrary<Dataset> = fc
  .record({ profileIds: ids(3), attemptIds: ids(3), answerIds: ids(4), scenarioIds: ids(2) })
  .chain(({ profileIds, attemptIds, answerIds, scenarioIds }) =>
    each(profileIds, profile).chain((profiles) =>
      each(profiles.length ? attemptIds : [], (id) =>
        pickOwner(profiles).chain((owner) => attempt(id, owner.id)),
      ).chain((attempts) =>
        fc.record({
          profiles: fc.constant(profiles),
          attempts: fc.constant(attempts),
          answers: each(attempts.length ? answerIds : [], (id) =>
            pickOwner(attempts).chain((owner) => answer(id, owner)),
          ),
          customScenarios: each(scenarioIds, customScenario),
          settings: fc.uniqueArray(setting, { maxLength: 3, selector: (item) => item.key }),
        }),
      ),
    ),
  );
