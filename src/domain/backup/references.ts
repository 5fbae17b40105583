import { backupError, type BackupError } from './backup-errors';
import type { BackupScope } from './backup-schema';

// Structural, so that it checks every format version before its migration runs.
type ReferenceData = {
  profiles: readonly { id: string }[];
  attempts: readonly { id: string; profileId: string }[];
  answers: readonly { id: string; attemptId: string; profileId?: string }[];
  customScenarios: readonly { id: string }[];
  settings?: readonly { key: string }[];
};

function duplicates(table: string, keys: readonly string[], field: string): BackupError[] {
  const first = new Map<string, number>();
  const errors: BackupError[] = [];
  keys.forEach((key, index) => {
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else
      errors.push(
        backupError(
          'duplicate-id',
          `data.${table}[${index}].${field}`,
          `data.${table}[${index}].${field}: the same ${field} as data.${table}[${earlier}]`,
        ),
      );
  });
  return errors;
}

function danglingAttempts(data: ReferenceData): BackupError[] {
  const profiles = new Set(data.profiles.map((profile) => profile.id));
  return data.attempts.flatMap((attempt, index) => {
    if (profiles.has(attempt.profileId)) return [];
    const path = `data.attempts[${index}].profileId`;
    return [
      backupError(
        'dangling-reference',
        path,
        `${path}: refers to profile ${attempt.profileId}, which is not in this file`,
      ),
    ];
  });
}

function danglingAnswers(data: ReferenceData): BackupError[] {
  const owners = new Map(data.attempts.map((attempt) => [attempt.id, attempt.profileId]));
  return data.answers.flatMap((answer, index) => {
    const owner = owners.get(answer.attemptId);
    if (owner === undefined) {
      const path = `data.answers[${index}].attemptId`;
      return [
        backupError(
          'dangling-reference',
          path,
          `${path}: refers to attempt ${answer.attemptId}, which is not in this file`,
        ),
      ];
    }
    if (answer.profileId === undefined || answer.profileId === owner) return [];
    const path = `data.answers[${index}].profileId`;
    return [backupError('dangling-reference', path, `${path}: differs from the profile of its attempt (${owner})`)];
  });
}

function scopeProblems(data: ReferenceData, scope: BackupScope): BackupError[] {
  if (scope.kind === 'all') return [];
  const strangers = data.profiles.filter((profile) => profile.id !== scope.profileId);
  const holdsProfile = data.profiles.length > strangers.length;
  if (holdsProfile && strangers.length === 0) return [];
  const message = holdsProfile
    ? `scope.profileId: a backup of one profile holds only that profile, but this one holds ${data.profiles.length}`
    : `scope.profileId: the profile ${scope.profileId} named by the scope is not in data.profiles`;
  return [backupError('scope-mismatch', 'scope.profileId', message)];
}

/** Ids are unique per table, every attempt's profile and every answer's attempt are in the file, and the scope holds. */
export function checkReferences(data: ReferenceData, scope: BackupScope): BackupError[] {
  return [
    ...duplicates(
      'profiles',
      data.profiles.map((record) => record.id),
      'id',
    ),
    ...duplicates(
      'attempts',
      data.attempts.map((record) => record.id),
      'id',
    ),
    ...duplicates(
      'answers',
      data.answers.map((record) => record.id),
      'id',
    ),
    ...duplicates(
      'customScenarios',
      data.customScenarios.map((record) => record.id),
      'id',
    ),
    ...duplicates(
      'settings',
      (data.settings ?? []).map((record) => record.key),
      'key',
    ),
    ...scopeProblems(data, scope),
    ...danglingAttempts(data),
    ...danglingAnswers(data),
  ];
}
