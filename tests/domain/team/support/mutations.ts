import fc from 'fast-check';

/** A path into parsed JSON and what to do there. */
export type Mutation =
  | { kind: 'byte'; at: number; char: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'edit'; pick: number; action: 'delete' | 'bump' | 'null' | 'swap-type' };

const chars = [...'0123456789abcdefxyzABCXYZ-_ "{}[],:.\\\n\t', 'é', '\u0000'];

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), char: fc.constantFrom(...chars) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(),
    action: fc.constantFrom('delete' as const, 'bump' as const, 'null' as const, 'swap-type' as const),
  }),
);

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

function slots(value: unknown, found: Slot[] = []): Slot[] {
  if (Array.isArray(value))
    value.forEach((item: unknown, index) => {
      found.push({ parent: value, key: index });
      slots(item, found);
    });
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      found.push({ parent: value as Record<string, unknown>, key });
      slots(item, found);
    }
  return found;
}

function bumped(value: unknown): unknown {
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'string')
    return value.length > 0 ? `${value.slice(0, -1)}${value.at(-1) === 'A' ? 'B' : 'A'}` : 'A';
  if (typeof value === 'boolean') return !value;
  if (Array.isArray(value)) return value.length > 0 ? value.slice(1) : [0];
  if (value !== null && typeof value === 'object') return { ...value, extra: 1 };
  return 0;
}

/** The file's text after the mutation (the same text when the mutation happens to change nothing). */
export function mutate(text: string, mutation: Mutation): string {
  switch (mutation.kind) {
    case 'byte': {
      const at = mutation.at % text.length;
      return text.slice(0, at) + mutation.char + text.slice(at + 1);
    }
    case 'truncate':
      return text.slice(0, mutation.at % text.length);
    case 'edit': {
      const root: unknown = JSON.parse(text);
      const all = slots(root);
      const slot = all[mutation.pick % all.length]!;
      const current: unknown = Reflect.get(slot.parent, slot.key);
      if (mutation.action === 'delete') {
        if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
        else Reflect.deleteProperty(slot.parent, slot.key);
      } else {
        const next =
          mutation.action === 'bump'
            ? bumped(current)
            : mutation.action === 'null'
              ? null
              : typeof current === 'string'
                ? 1
                : String(current);
        Reflect.set(slot.parent, slot.key, next);
      }
      return JSON.stringify(root);
    }
  }
}
