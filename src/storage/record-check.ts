import type { z } from 'zod';
import { formatPath } from '@/domain/backup/backup-errors';
import { issuesToErrors } from '@/domain/backup/issue-messages';
import { InvalidRecordError } from './storage-errors';

const isTooLong = (issue: z.core.$ZodIssue) =>
  issue.code === 'too_big' || (issue.code === 'custom' && issue.params?.['tooLarge'] === true);

/**
 * The record as its schema reads it, or an InvalidRecordError whose messages name the record and field the
 * way a backup's do (`answer.text: is too long: at most 20000 characters`). Every repository checks a record
 * with this before writing it, so the database only holds what a backup can carry.
 */
export function checkedRecord<S extends z.ZodType>(schema: S, name: string, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ ...issue, path: [name, ...issue.path] }));
  const errors = issuesToErrors(issues, { [name]: value });
  throw new InvalidRecordError(
    errors.map((error, index) => ({
      path: error.path || formatPath([name]),
      message: error.message,
      tooLong: isTooLong(issues[index]!),
    })),
  );
}
