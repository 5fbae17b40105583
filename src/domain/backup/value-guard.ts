import { forbiddenKeys } from '@/domain/records/json-value';
import { backupError, formatPath, quoteKey, type BackupError } from './backup-errors';

type Visit = { value: unknown; parent: Visit | undefined; key: string | number | undefined };

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.unshift(at.key);
  return path;
}

function childrenOf(visit: Visit): Visit[] {
  const { value } = visit;
  if (Array.isArray(value)) return value.map((item: unknown, index) => ({ value: item, parent: visit, key: index }));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).map(([key, item]: [string, unknown]) => ({ value: item, parent: visit, key }));
  return [];
}

/**
 * Walks parsed JSON without recursion and reports forbidden keys and over-long strings anywhere, including
 * inside free-form fields (machine snapshots, setting values) that the record schemas do not look into.
 */
export function guardValue(root: unknown, maxStringChars: number, maxErrors: number): BackupError[] {
  const errors: BackupError[] = [];
  const pending: Visit[] = [{ value: root, parent: undefined, key: undefined }];
  while (pending.length > 0 && errors.length < maxErrors) {
    const visit = pending.pop()!;
    if (typeof visit.key === 'string' && forbiddenKeys.has(visit.key)) {
      const path = formatPath(pathOf(visit));
      errors.push(
        backupError('forbidden-key', path, `${path}: the field name ${quoteKey(visit.key)} is not allowed in a backup`),
      );
      continue;
    }
    if (typeof visit.value === 'string' && visit.value.length > maxStringChars) {
      const path = formatPath(pathOf(visit));
      const message = `${path || 'the file'}: a text of ${visit.value.length} characters is longer than the ${maxStringChars} allowed`;
      errors.push(backupError('string-too-long', path, message));
      continue;
    }
    // Pushed one by one: spreading a list of a million answers would exceed the argument limit.
    const children = childrenOf(visit);
    for (let i = children.length - 1; i >= 0; i -= 1) pending.push(children[i]!);
  }
  return errors;
}
