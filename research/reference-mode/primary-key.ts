import type { Unit } from '@/domain/scoring/words/analyze';

/** A unit's main key (its first stem or its synonym group), the one reference mode compares by. */
export const primaryKey = (u: Unit): string => u.keys[0] ?? '';
