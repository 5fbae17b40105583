import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '@/domain/team/base64url';
import { canonicalJson } from '@/domain/team/canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every level, writes no whitespace and leaves undefined fields out', () => {
    const value = { b: [3, { z: true, a: null }], a: 'x y', c: undefined, é: 1, B: -0.5 };
    expect(canonicalJson(value)).toBe('{"B":-0.5,"a":"x y","b":[3,{"a":null,"z":true}],"é":1}');
  });

  it('keeps list order and writes strings as JSON.stringify does', () => {
    expect(canonicalJson(['b', 'a', '\u2028"\\\n', '😀'])).toBe(JSON.stringify(['b', 'a', '\u2028"\\\n', '😀']));
  });

  it('refuses what JSON cannot carry', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/finite/);
    expect(() => canonicalJson({ a: () => 1 })).toThrow();
    const loop: Record<string, unknown> = {};
    loop['self'] = loop;
    expect(() => canonicalJson(loop)).toThrow(/itself/);
  });

  it('gives the same text for the same data in any key order, and reads back as the same data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        const reordered: unknown = JSON.parse(JSON.stringify(value, (_key, v: unknown) => reverseKeys(v)));
        expect(canonicalJson(reordered)).toBe(text);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(text).not.toMatch(/^\s|\s$/);
      }),
      { numRuns: 300 },
    );
  });
});

function reverseKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).reverse());
}

describe('base64url', () => {
  it('round-trips bytes and accepts only the canonical spelling', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
    expect(fromBase64Url('AB==')).toBeUndefined();
    expect(fromBase64Url('A+')).toBeUndefined();
    expect(fromBase64Url('AA')).toEqual(new Uint8Array([0]));
    expect(fromBase64Url('AB')).toBeUndefined(); // unused bits set: another spelling of the same byte
  });
});
