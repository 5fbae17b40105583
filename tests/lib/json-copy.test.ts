import { describe, expect, it } from 'vitest';
import { jsonCopy } from '@/lib/json-copy';

describe('jsonCopy', () => {
  it('copies deeply, so changing the copy leaves the original alone', () => {
    const original = { list: [{ id: 'a' }], nested: { value: 1 } };
    const copy = jsonCopy(original);
    copy.list[0]!.id = 'b';
    copy.nested.value = 2;
    expect(original).toEqual({ list: [{ id: 'a' }], nested: { value: 1 } });
  });

  it('keeps what JSON keeps and drops undefined fields, as a backup round trip does', () => {
    const copy = jsonCopy({ kept: null, dropped: undefined, list: [1, 'two', true] });
    expect(Object.keys(copy)).toEqual(['kept', 'list']);
    expect(copy.list).toEqual([1, 'two', true]);
  });
});
