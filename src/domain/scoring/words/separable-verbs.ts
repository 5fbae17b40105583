import type { Locale } from '@/domain/language/locale-codes';
import type { Unit } from './analyze';
import { stemVariants } from './stem-cache';
import type { Structure } from '../text/structure';
import { isWordToken, type Token } from '../text/tokenize';

/** Whether a particle token closes its clause: the next token is punctuation, the end, or the start of another clause. */
function closesClause(tokens: readonly Token[], structure: Structure, t: number): boolean {
  const next = tokens[t + 1];
  return next === undefined || !isWordToken(next) || structure.clauseOf[t + 1] !== structure.clauseOf[t];
}

/**
 * Separable verbs (German): "Wir gleichen die Änderungen mit den Tickets ab" says "abgleichen", with the particle at
 * the end of the clause. The particle's clause-mates get the joined verb's stems as extra keys, so a phrase
 * "abgleichen" (or "abgeglichen") matches. A clause-mate that is not the verb only gains a key no phrase uses.
 * Strong verbs that change their vowel ("gibt ... frei" for "freigeben") stay unmatched.
 */
export function joinSeparableVerbs(
  tokens: readonly Token[],
  units: readonly Unit[],
  structure: Structure,
  particles: ReadonlySet<string>,
  locale: Locale,
): Unit[] {
  const joined = [...units];
  let byClause: Map<number, number[]> | null = null;
  tokens.forEach((token, t) => {
    if (!isWordToken(token) || !particles.has(token.norm) || t === 0 || !closesClause(tokens, structure, t)) return;
    byClause ??= clauseMembers(units, structure);
    for (const u of byClause.get(structure.clauseOf[t] ?? 0) ?? []) {
      const unit = joined[u] as Unit;
      if (unit.lastToken >= t) break;
      const extra = stemVariants(`${token.norm}${unit.word ?? ''}`, locale).filter((k) => !unit.keys.includes(k));
      if (extra.length > 0) joined[u] = { ...unit, keys: [...unit.keys, ...extra] };
    }
  });
  return joined;
}

/** Indexes of the content words of each clause, in text order. */
function clauseMembers(units: readonly Unit[], structure: Structure): Map<number, number[]> {
  const members = new Map<number, number[]>();
  units.forEach((unit, u) => {
    if (!unit.content || unit.word === null) return;
    const clause = structure.clauseOf[unit.firstToken] ?? 0;
    const list = members.get(clause);
    if (list === undefined) members.set(clause, [u]);
    else list.push(u);
  });
  return members;
}
